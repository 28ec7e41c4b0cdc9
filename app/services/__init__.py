"""Qt-free use cases. Each public function is one use case: validate, change, record, commit once."""
