<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>hplx::LandscapeTableModel</name>
    <message>
        <location filename="../ui/model/LandscapeTableModel.cpp" line="52"/>
        <source>Complete: every configuration of the grid was evaluated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model/LandscapeTableModel.cpp" line="53"/>
        <source>Partial: %1 of %2 configurations evaluated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model/LandscapeTableModel.cpp" line="77"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model/LandscapeTableModel.cpp" line="89"/>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model/LandscapeTableModel.cpp" line="91"/>
        <source>Search space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model/LandscapeTableModel.cpp" line="93"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model/LandscapeTableModel.cpp" line="95"/>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model/LandscapeTableModel.cpp" line="97"/>
        <source>Fidelity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model/LandscapeTableModel.cpp" line="99"/>
        <source>Split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model/LandscapeTableModel.cpp" line="101"/>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model/LandscapeTableModel.cpp" line="103"/>
        <source>Configurations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hplx::MainWindow</name>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="60"/>
        <source>Hyperparameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="60"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="60"/>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="62"/>
        <source>Search space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="71"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="72"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="73"/>
        <source>&amp;About HPLX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="74"/>
        <source>About HPLX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="75"/>
        <source>&lt;b&gt;HPLX %1&lt;/b&gt; — Hyperparameter Landscape Explorer.&lt;p&gt;Explore the loss landscapes of hyperparameter grids: local optima, basins, landscape metrics and similarity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="92"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="93"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="95"/>
        <source>Open landscape database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="96"/>
        <source>Landscape databases (*.db *.sqlite *.sqlite3 *.hplx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="101"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="103"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="106"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="117"/>
        <source>Cannot open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="169"/>
        <source>ordinal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="169"/>
        <source>categorical</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/window/MainWindow.cpp" line="171"/>
        <source>%n value(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="201"/>
        <source>HPLX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="202"/>
        <source>No database open — use File ▸ Open or drop a database file here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="206"/>
        <source>%1 — HPLX</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/window/MainWindow.cpp" line="207"/>
        <source>%1: %n landscape(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/window/MainWindow.cpp" line="209"/>
        <source>, %n search space(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="57"/>
        <source>Hyperparameter Landscape Explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="61"/>
        <source>Landscape database to open (default: the bundled sample).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="64"/>
        <source>Select the landscape with this id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="67"/>
        <source>Landscape to compare with (id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="70"/>
        <source>Save a PNG of the main window once it is painted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="73"/>
        <source>Quit after the screenshot.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
