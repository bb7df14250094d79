<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>hplx::LandscapeTableModel</name>
    <message>
        <location filename="../ui/model/LandscapeTableModel.cpp" line="52" />
        <source>Complete: every configuration of the grid was evaluated</source>
        <translation>Vollständig: jede Konfiguration des Gitters wurde ausgewertet</translation>
    </message>
    <message>
        <location filename="../ui/model/LandscapeTableModel.cpp" line="53" />
        <source>Partial: %1 of %2 configurations evaluated</source>
        <translation>Teilweise: %1 von %2 Konfigurationen ausgewertet</translation>
    </message>
    <message>
        <location filename="../ui/model/LandscapeTableModel.cpp" line="77" />
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/model/LandscapeTableModel.cpp" line="89" />
        <source>Id</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../ui/model/LandscapeTableModel.cpp" line="91" />
        <source>Search space</source>
        <translation>Suchraum</translation>
    </message>
    <message>
        <location filename="../ui/model/LandscapeTableModel.cpp" line="93" />
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/model/LandscapeTableModel.cpp" line="95" />
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../ui/model/LandscapeTableModel.cpp" line="97" />
        <source>Fidelity</source>
        <translation>Fidelität</translation>
    </message>
    <message>
        <location filename="../ui/model/LandscapeTableModel.cpp" line="99" />
        <source>Split</source>
        <translation>Aufteilung</translation>
    </message>
    <message>
        <location filename="../ui/model/LandscapeTableModel.cpp" line="101" />
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <location filename="../ui/model/LandscapeTableModel.cpp" line="103" />
        <source>Configurations</source>
        <translation>Konfigurationen</translation>
    </message>
</context>
<context>
    <name>hplx::MainWindow</name>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="60" />
        <source>Hyperparameter</source>
        <translation>Hyperparameter</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="60" />
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="60" />
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="62" />
        <source>Search space</source>
        <translation>Suchraum</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="71" />
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="72" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="73" />
        <source>&amp;About HPLX</source>
        <translation>&amp;Über HPLX</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="74" />
        <source>About HPLX</source>
        <translation>Über HPLX</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="75" />
        <source>&lt;b&gt;HPLX %1&lt;/b&gt; — Hyperparameter Landscape Explorer.&lt;p&gt;Explore the loss landscapes of hyperparameter grids: local optima, basins, landscape metrics and similarity.</source>
        <translation>&lt;b&gt;HPLX %1&lt;/b&gt; — Hyperparameter Landscape Explorer.&lt;p&gt;Erkunden Sie die Verlustlandschaften von Hyperparameter-Gittern: lokale Optima, Becken, Landschaftsmaße und Ähnlichkeit.</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="92" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="93" />
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="95" />
        <source>Open landscape database</source>
        <translation>Landschaftsdatenbank öffnen</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="96" />
        <source>Landscape databases (*.db *.sqlite *.sqlite3 *.hplx);;All files (*)</source>
        <translation>Landschaftsdatenbanken (*.db *.sqlite *.sqlite3 *.hplx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="101" />
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="103" />
        <source>&amp;Close</source>
        <translation>Sch&amp;ließen</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="106" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="117" />
        <source>Cannot open %1</source>
        <translation>%1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="169" />
        <source>ordinal</source>
        <translation>ordinal</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="169" />
        <source>categorical</source>
        <translation>kategorial</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/window/MainWindow.cpp" line="171" />
        <source>%n value(s)</source>
        <translation>
            <numerusform>%n Wert</numerusform><numerusform>%n Werte</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="201" />
        <source>HPLX</source>
        <translation>HPLX</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="202" />
        <source>No database open — use File ▸ Open or drop a database file here</source>
        <translation>Keine Datenbank geöffnet — Datei ▸ Öffnen wählen oder eine Datenbankdatei hierher ziehen</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="206" />
        <source>%1 — HPLX</source>
        <translation>%1 — HPLX</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/window/MainWindow.cpp" line="207" />
        <source>%1: %n landscape(s)</source>
        <translation>
            <numerusform>%1: %n Landschaft</numerusform><numerusform>%1: %n Landschaften</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/window/MainWindow.cpp" line="209" />
        <source>, %n search space(s)</source>
        <translation>
            <numerusform>, %n Suchraum</numerusform><numerusform>, %n Suchräume</numerusform></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="57" />
        <source>Hyperparameter Landscape Explorer</source>
        <translation>Hyperparameter Landscape Explorer</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="61" />
        <source>Landscape database to open (default: the bundled sample).</source>
        <translation>Zu öffnende Landschaftsdatenbank (Vorgabe: die mitgelieferte Beispieldatenbank).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="64" />
        <source>Select the landscape with this id.</source>
        <translation>Die Landschaft mit dieser Nummer auswählen.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="67" />
        <source>Landscape to compare with (id).</source>
        <translation>Landschaft zum Vergleich (Nummer).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="70" />
        <source>Save a PNG of the main window once it is painted.</source>
        <translation>Ein PNG des Hauptfensters speichern, sobald es gezeichnet ist.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="73" />
        <source>Quit after the screenshot.</source>
        <translation>Nach dem Bildschirmfoto beenden.</translation>
    </message>
</context>
</TS>