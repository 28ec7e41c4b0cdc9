"""The Packing tab: the station, its devices (scale, camera), the pack log, station mode."""
