<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="pl_PL">
  <context>
    <name>Errors</name>
    <message>
      <source>Something went wrong that we did not expect. Details are in the log file in {folder}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Zaplecze</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Zaplecze</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Database: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;File</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Help</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;About Zaplecze</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>About Zaplecze</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Zaplecze {0}
The back room of a small web shop.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Tasks</name>
    <message>
      <source>Cancel</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>