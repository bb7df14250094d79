<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>MetricDescriptions</name>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="36"/>
        <source>performance assortativity</source>
        <translation>Leistungs-Assortativität</translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="38"/>
        <source>random-walk autocorrelation</source>
        <translation>Zufallspfad-Autokorrelation</translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="40"/>
        <source>mean neutrality</source>
        <translation>mittlere Neutralität</translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="42"/>
        <source>neutrality-distance correlation</source>
        <translation>Neutralität-Distanz-Korrelation</translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="44"/>
        <source>number of local optima</source>
        <translation>Anzahl lokaler Optima</translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="46"/>
        <source>share of local optima</source>
        <translation>Anteil lokaler Optima</translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="48"/>
        <source>mean basin size</source>
        <translation>mittlere Beckengröße</translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="50"/>
        <source>mean basin share</source>
        <translation>mittlerer Beckenanteil</translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="52"/>
        <source>global optimum&apos;s basin share</source>
        <translation>Beckenanteil des globalen Optimums</translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="54"/>
        <source>fitness-distance correlation</source>
        <translation>Fitness-Distanz-Korrelation</translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="56"/>
        <source>fitness flattening index</source>
        <translation>Fitness-Abflachungsindex</translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="58"/>
        <source>mean distance to the global optimum</source>
        <translation>mittlere Distanz zum globalen Optimum</translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="60"/>
        <source>gradient intensity</source>
        <translation>Gradientenstärke</translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="62"/>
        <source>global-optimum accessibility</source>
        <translation>Erreichbarkeit des globalen Optimums</translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="64"/>
        <source>basin size-loss correlation</source>
        <translation>Beckengröße-Verlust-Korrelation</translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="66"/>
        <source>generalisation gap</source>
        <translation>Generalisierungslücke</translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="68"/>
        <source>rank correlation</source>
        <translation>Rangkorrelation</translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="70"/>
        <source>shake-up</source>
        <translation>Rangverschiebung</translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="72"/>
        <source>top-set overlap</source>
        <translation>Top-Set-Überlappung</translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="74"/>
        <source>configurations</source>
        <translation>Konfigurationen</translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="76"/>
        <source>evaluated</source>
        <translation>ausgewertet</translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="78"/>
        <source>edges</source>
        <translation>Kanten</translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="80"/>
        <source>local optima</source>
        <translation>lokale Optima</translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="82"/>
        <source>global optimum loss</source>
        <translation>Verlust des globalen Optimums</translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="89"/>
        <source>How strongly the losses at the two ends of a neighbour edge go together: near 1, neighbours of a good configuration are good as well.</source>
        <translation>Wie stark die Verluste an den beiden Enden einer Nachbarschaftskante zusammenhängen: Nahe 1 sind auch die Nachbarn einer guten Konfiguration gut.</translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="92"/>
        <source>How similar the losses stay along random walks from neighbour to neighbour: near 1 the landscape is smooth, near 0 it is rugged.</source>
        <translation>Wie ähnlich die Verluste entlang von Zufallspfaden von Nachbar zu Nachbar bleiben: Nahe 1 ist die Landschaft glatt, nahe 0 zerklüftet.</translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="95"/>
        <source>The average share of a configuration&apos;s neighbours whose loss is within epsilon of its own: high values mean large flat regions.</source>
        <translation>Der durchschnittliche Anteil der Nachbarn einer Konfiguration, deren Verlust höchstens um epsilon vom eigenen abweicht: Hohe Werte bedeuten große flache Bereiche.</translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="98"/>
        <source>Rank correlation between a configuration&apos;s neutrality and its distance to the global optimum: negative when the landscape gets flatter near the optimum.</source>
        <translation>Rangkorrelation zwischen der Neutralität einer Konfiguration und ihrer Distanz zum globalen Optimum: negativ, wenn die Landschaft in der Nähe des Optimums flacher wird.</translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="101"/>
        <source>How many configurations have no neighbour with a strictly lower loss.</source>
        <translation>Wie viele Konfigurationen keinen Nachbarn mit echt niedrigerem Verlust haben.</translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="103"/>
        <source>The number of local optima divided by the number of evaluated configurations.</source>
        <translation>Die Anzahl der lokalen Optima geteilt durch die Anzahl der ausgewerteten Konfigurationen.</translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="105"/>
        <source>The average number of configurations from which steepest descent ends in the same local optimum.</source>
        <translation>Die durchschnittliche Anzahl der Konfigurationen, von denen aus der steilste Abstieg im selben lokalen Optimum endet.</translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="108"/>
        <source>The mean basin size as a share of the evaluated configurations.</source>
        <translation>Die mittlere Beckengröße als Anteil an den ausgewerteten Konfigurationen.</translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="110"/>
        <source>The share of evaluated configurations from which steepest descent reaches the global optimum.</source>
        <translation>Der Anteil der ausgewerteten Konfigurationen, von denen aus der steilste Abstieg das globale Optimum erreicht.</translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="112"/>
        <source>Rank correlation between the loss and the distance to the global optimum: positive when losses grow the further a configuration is from the best one.</source>
        <translation>Rangkorrelation zwischen dem Verlust und der Distanz zum globalen Optimum: positiv, wenn die Verluste wachsen, je weiter eine Konfiguration von der besten entfernt ist.</translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="115"/>
        <source>Whether the loss improvements shrink on the way to the global optimum: positive when greedy paths flatten out as they approach it.</source>
        <translation>Ob die Verlustverbesserungen auf dem Weg zum globalen Optimum kleiner werden: positiv, wenn gierige Pfade bei der Annäherung an das Optimum abflachen.</translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="118"/>
        <source>The average number of hyperparameter steps between a configuration and the global optimum.</source>
        <translation>Die durchschnittliche Anzahl von Hyperparameter-Schritten zwischen einer Konfiguration und dem globalen Optimum.</translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="120"/>
        <source>The average loss drop along an improving edge between neighbours.</source>
        <translation>Der durchschnittliche Verlustrückgang entlang einer verbessernden Kante zwischen Nachbarn.</translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="122"/>
        <source>The share of configurations from which some strictly improving path of neighbours leads to the global optimum.</source>
        <translation>Der Anteil der Konfigurationen, von denen aus ein streng verbessernder Pfad über Nachbarn zum globalen Optimum führt.</translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="125"/>
        <source>Rank correlation between the basin size and the loss of the local optima: negative when better optima have larger basins.</source>
        <translation>Rangkorrelation zwischen der Beckengröße und dem Verlust der lokalen Optima: negativ, wenn bessere Optima größere Becken haben.</translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="128"/>
        <source>The test loss minus the train loss of a configuration: how much worse it does on unseen data.</source>
        <translation>Testverlust minus Trainingsverlust einer Konfiguration: wie viel schlechter sie auf ungesehenen Daten abschneidet.</translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="130"/>
        <source>Rank correlation of the losses of two landscapes over the configurations both hold.</source>
        <translation>Rangkorrelation der Verluste zweier Landschaften über die Konfigurationen, die beide enthalten.</translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="132"/>
        <source>How far configurations move in the ranking between two landscapes, as a share of the number of configurations.</source>
        <translation>Wie weit sich Konfigurationen in der Rangfolge zwischen zwei Landschaften verschieben, als Anteil an der Anzahl der Konfigurationen.</translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="135"/>
        <source>How much the sets of best configurations of two landscapes overlap (intersection over union).</source>
        <translation>Wie stark sich die Mengen der besten Konfigurationen zweier Landschaften überlappen (Schnittmenge durch Vereinigungsmenge).</translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="137"/>
        <source>The number of configurations in the grid of the search space.</source>
        <translation>Die Anzahl der Konfigurationen im Gitter des Suchraums.</translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="139"/>
        <source>The number of configurations that have a loss in this landscape.</source>
        <translation>Die Anzahl der Konfigurationen, die in dieser Landschaft einen Verlust haben.</translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="141"/>
        <source>The number of neighbour pairs among the evaluated configurations.</source>
        <translation>Die Anzahl der Nachbarpaare unter den ausgewerteten Konfigurationen.</translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="143"/>
        <source>The number of configurations without a strictly better neighbour.</source>
        <translation>Die Anzahl der Konfigurationen ohne einen echt besseren Nachbarn.</translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="145"/>
        <source>The lowest loss of the landscape, reached at the global optimum.</source>
        <translation>Der niedrigste Verlust der Landschaft, erreicht im globalen Optimum.</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <location filename="../ui/model/TableExport.cpp" line="50"/>
        <source>CSV (*.csv);;JSON (*.json);;LaTeX booktabs table (*.tex)</source>
        <translation>CSV (*.csv);;JSON (*.json);;LaTeX-booktabs-Tabelle (*.tex)</translation>
    </message>
    <message>
        <location filename="../ui/model/TableExport.cpp" line="57"/>
        <source>%1: unknown table format (expected .csv, .json or .tex)</source>
        <translation>%1: unbekanntes Tabellenformat (erwartet: .csv, .json oder .tex)</translation>
    </message>
</context>
<context>
    <name>hplx</name>
    <message>
        <location filename="../ui/export/FigureExport.cpp" line="64"/>
        <location filename="../ui/export/FigureExport.cpp" line="67"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/export/FigureExport.cpp" line="83"/>
        <source>Exported by HPLX</source>
        <translation>Exportiert von HPLX</translation>
    </message>
    <message>
        <location filename="../ui/export/FigureExport.cpp" line="110"/>
        <source>HPLX</source>
        <translation>HPLX</translation>
    </message>
    <message>
        <location filename="../ui/export/FigureExport.cpp" line="222"/>
        <source>Cannot export %1: unknown format “%2” (use .png, .svg or .pdf).</source>
        <translation>%1 kann nicht exportiert werden: unbekanntes Format „%2“ (verwenden Sie .png, .svg oder .pdf).</translation>
    </message>
    <message>
        <location filename="../ui/export/FigureExport.cpp" line="223"/>
        <source>no suffix</source>
        <translation>keine Dateiendung</translation>
    </message>
    <message>
        <location filename="../ui/export/FigureExport.cpp" line="225"/>
        <source>Cannot export %1: the size, DPI and font scale must be positive.</source>
        <translation>%1 kann nicht exportiert werden: Größe, DPI und Schriftskalierung müssen positiv sein.</translation>
    </message>
    <message>
        <location filename="../ui/export/FigureExport.cpp" line="227"/>
        <source>Cannot write %1: the folder does not exist.</source>
        <translation>%1 kann nicht geschrieben werden: Der Ordner existiert nicht.</translation>
    </message>
    <message>
        <location filename="../ui/export/FigureExport.cpp" line="235"/>
        <source>Cannot write %1: the PNG could not be encoded.</source>
        <translation>%1 kann nicht geschrieben werden: Das PNG konnte nicht kodiert werden.</translation>
    </message>
    <message>
        <location filename="../ui/export/FigureExport.cpp" line="242"/>
        <source>Cannot write %1: nothing was drawn.</source>
        <translation>%1 kann nicht geschrieben werden: Es wurde nichts gezeichnet.</translation>
    </message>
</context>
<context>
    <name>hplx::ColourGroups</name>
    <message>
        <location filename="../ui/charts/ColourGroups.cpp" line="101"/>
        <source>%1 … %2</source>
        <translation>%1 … %2</translation>
    </message>
    <message>
        <location filename="../ui/charts/ColourGroups.cpp" line="107"/>
        <source>not available</source>
        <translation>nicht verfügbar</translation>
    </message>
</context>
<context>
    <name>hplx::ComparePanel</name>
    <message>
        <location filename="../ui/panels/ComparePanel.cpp" line="55"/>
        <source>3-D terrain</source>
        <translation>3-D-Gelände</translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparePanel.cpp" line="56"/>
        <source>Top-down map</source>
        <translation>Draufsicht-Karte</translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparePanel.cpp" line="57"/>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparePanel.cpp" line="59"/>
        <source>A third view: rank in the compare landscape minus rank in the primary (blue: better in the compare landscape, red: worse)</source>
        <translation>Eine dritte Ansicht: Rang in der Vergleichslandschaft minus Rang in der primären (blau: besser in der Vergleichslandschaft, rot: schlechter)</translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparePanel.cpp" line="61"/>
        <source>Reset view</source>
        <translation>Ansicht zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparePanel.cpp" line="220"/>
        <source>To pick one, Ctrl+click a second landscape in the Landscapes browser, or click a cell of the matrix in the Similarity tab.</source>
        <translation>Wählen Sie eine aus, indem Sie im Bereich „Landschaften“ mit Strg+Klick eine zweite Landschaft anklicken oder im Tab „Ähnlichkeit“ auf eine Zelle der Matrix klicken.</translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparePanel.cpp" line="223"/>
        <source>Select a landscape.</source>
        <translation>Wählen Sie eine Landschaft aus.</translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparePanel.cpp" line="227"/>
        <source>No landscape to compare %1 with.

%2</source>
        <translation>Keine Landschaft zum Vergleich mit %1.

%2</translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparePanel.cpp" line="231"/>
        <source>%1 and %2 are on different search spaces, so their configurations cannot be placed side by side.

%3</source>
        <translation>%1 und %2 liegen auf verschiedenen Suchräumen, daher können ihre Konfigurationen nicht nebeneinander dargestellt werden.

%3</translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparePanel.cpp" line="240"/>
        <source>&lt;b&gt;Primary:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Primär:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparePanel.cpp" line="241"/>
        <source>&lt;b&gt;Compare:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Vergleich:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparePanel.cpp" line="242"/>
        <source>&lt;b&gt;Rank difference&lt;/b&gt; (compare − primary)</source>
        <translation>&lt;b&gt;Rangdifferenz&lt;/b&gt; (Vergleich − primär)</translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparePanel.cpp" line="254"/>
        <source>Computing the layout of the primary landscape…</source>
        <translation>Das Layout der primären Landschaft wird berechnet…</translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparePanel.cpp" line="331"/>
        <source>Δ rank</source>
        <translation>Δ Rang</translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparePanel.cpp" line="331"/>
        <source>Loss rank</source>
        <translation>Verlustrang</translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparePanel.cpp" line="336"/>
        <source>%L1 and %L2 evaluated configurations · %L3 in both</source>
        <translation>%L1 und %L2 ausgewertete Konfigurationen · %L3 in beiden</translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparePanel.cpp" line="377"/>
        <source>Compare</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparePanel.cpp" line="379"/>
        <source>Compare — %1</source>
        <translation>Vergleich — %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparePanel.cpp" line="380"/>
        <source>Compare — %1 vs %2</source>
        <translation>Vergleich — %1 vs. %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparePanel.cpp" line="426"/>
        <source>The 3-D view is not shown yet.</source>
        <translation>Die 3-D-Ansicht wird noch nicht angezeigt.</translation>
    </message>
</context>
<context>
    <name>hplx::ComposerDialog</name>
    <message>
        <location filename="../ui/export/ComposerDialog.cpp" line="38"/>
        <source>Compose Figure</source>
        <translation>Abbildung zusammenstellen</translation>
    </message>
    <message>
        <location filename="../ui/export/ComposerDialog.cpp" line="50"/>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location filename="../ui/export/ComposerDialog.cpp" line="52"/>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location filename="../ui/export/ComposerDialog.cpp" line="54"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/export/ComposerDialog.cpp" line="56"/>
        <source>Caption…</source>
        <translation>Bildunterschrift…</translation>
    </message>
    <message>
        <location filename="../ui/export/ComposerDialog.cpp" line="58"/>
        <source>Edit the caption shown under the panel.</source>
        <translation>Die Bildunterschrift unter dem Teilbild bearbeiten.</translation>
    </message>
    <message>
        <location filename="../ui/export/ComposerDialog.cpp" line="65"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../ui/export/ComposerDialog.cpp" line="69"/>
        <source>Caption under each panel</source>
        <translation>Beschriftung unter jedem Teilbild</translation>
    </message>
    <message>
        <location filename="../ui/export/ComposerDialog.cpp" line="71"/>
        <source>One colour bar for all panels</source>
        <translation>Eine Farbskala für alle Felder</translation>
    </message>
    <message>
        <location filename="../ui/export/ComposerDialog.cpp" line="78"/>
        <location filename="../ui/export/ComposerDialog.cpp" line="89"/>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <location filename="../ui/export/ComposerDialog.cpp" line="91"/>
        <source>Size at which new panels are recorded: a larger size gives the view more room and makes its text smaller in the figure. Panels already added keep their size.</source>
        <translation>Größe, in der neue Teilbilder aufgenommen werden: Eine größere Größe gibt der Ansicht mehr Platz und macht ihren Text in der Abbildung kleiner. Bereits hinzugefügte Teilbilder behalten ihre Größe.</translation>
    </message>
    <message>
        <location filename="../ui/export/ComposerDialog.cpp" line="115"/>
        <source>Panels (drag to reorder):</source>
        <translation>Teilbilder (zum Umsortieren ziehen):</translation>
    </message>
    <message>
        <location filename="../ui/export/ComposerDialog.cpp" line="120"/>
        <source>Columns:</source>
        <translation>Spalten:</translation>
    </message>
    <message>
        <location filename="../ui/export/ComposerDialog.cpp" line="121"/>
        <source>Panel letters:</source>
        <translation>Teilbild-Buchstaben:</translation>
    </message>
    <message>
        <location filename="../ui/export/ComposerDialog.cpp" line="122"/>
        <source>Gap:</source>
        <translation>Abstand:</translation>
    </message>
    <message>
        <location filename="../ui/export/ComposerDialog.cpp" line="130"/>
        <source>New panels:</source>
        <translation>Neue Teilbilder:</translation>
    </message>
    <message>
        <location filename="../ui/export/ComposerDialog.cpp" line="141"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/export/ComposerDialog.cpp" line="209"/>
        <source>Draw one colour bar right of the grid instead of one in each panel.</source>
        <translation>Eine Farbskala rechts neben dem Raster statt einer in jedem Feld zeichnen.</translation>
    </message>
    <message>
        <location filename="../ui/export/ComposerDialog.cpp" line="210"/>
        <source>Available when every panel has a colour bar with the same scale: the same quantity, colour map and range.</source>
        <translation>Verfügbar, wenn jedes Feld eine Farbskala mit derselben Skalierung hat: dieselbe Größe, dieselbe Farbtabelle und derselbe Wertebereich.</translation>
    </message>
    <message>
        <location filename="../ui/export/ComposerDialog.cpp" line="223"/>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <location filename="../ui/export/ComposerDialog.cpp" line="288"/>
        <source>Panel Caption</source>
        <translation>Bildunterschrift des Teilbilds</translation>
    </message>
    <message>
        <location filename="../ui/export/ComposerDialog.cpp" line="288"/>
        <source>Caption under the panel:</source>
        <translation>Bildunterschrift unter dem Teilbild:</translation>
    </message>
    <message>
        <location filename="../ui/export/ComposerDialog.cpp" line="315"/>
        <source>No panels yet: add views with “Add View to Figure”.</source>
        <translation>Noch keine Teilbilder: Fügen Sie Ansichten mit „Ansicht zur Abbildung hinzufügen“ hinzu.</translation>
    </message>
    <message>
        <location filename="../ui/export/ComposerDialog.cpp" line="337"/>
        <source>%1 × %2 mm (the export dialog can change the size)</source>
        <translation>%1 × %2 mm (der Exportdialog kann die Größe ändern)</translation>
    </message>
</context>
<context>
    <name>hplx::CompositeFigure</name>
    <message numerus="yes">
        <location filename="../ui/export/FigureComposer.cpp" line="223"/>
        <source>Figure of %n view(s)</source>
        <translation>
            <numerusform>Abbildung aus %n Ansicht</numerusform>
            <numerusform>Abbildung aus %n Ansichten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hplx::ConfigurationDetails</name>
    <message>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="41"/>
        <source>Property</source>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="41"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="124"/>
        <source>Select a landscape to see its configurations.</source>
        <translation>Wählen Sie eine Landschaft aus, um ihre Konfigurationen zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="125"/>
        <source>Hover or select a configuration to see its details.</source>
        <translation>Zeigen Sie auf eine Konfiguration oder wählen Sie sie aus, um ihre Details zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="130"/>
        <source>&lt;b&gt;Configuration %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Konfiguration %1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="131"/>
        <source>&lt;b&gt;Global optimum&lt;/b&gt;: configuration %1 (hover or select another)</source>
        <translation>&lt;b&gt;Globales Optimum&lt;/b&gt;: Konfiguration %1 (auf eine andere zeigen oder eine andere auswählen)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="133"/>
        <source> — %n configurations selected</source>
        <translation>
            <numerusform> — %n Konfiguration ausgewählt</numerusform>
            <numerusform> — %n Konfigurationen ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="152"/>
        <source>Hyperparameters</source>
        <translation>Hyperparameter</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="157"/>
        <source>Losses</source>
        <translation>Verluste</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="161"/>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="169"/>
        <source>not evaluated</source>
        <translation>nicht ausgewertet</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="167"/>
        <source>In %1</source>
        <translation>In %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="169"/>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="172"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="172"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="173"/>
        <source>1 = lowest loss; tied configurations share their mean rank.</source>
        <translation>1 = niedrigster Verlust; gleichauf liegende Konfigurationen teilen sich ihren mittleren Rang.</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="175"/>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="179"/>
        <source>Local optimum</source>
        <translation>Lokales Optimum</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="175"/>
        <source>computing…</source>
        <translation>wird berechnet…</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="179"/>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="182"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="179"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="180"/>
        <source>No neighbour (one HP changed by one step) has a strictly lower loss.</source>
        <translation>Kein Nachbar (ein HP um einen Schritt geändert) hat einen echt niedrigeren Verlust.</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="182"/>
        <source>Global optimum</source>
        <translation>Globales Optimum</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="189"/>
        <source>Basin of</source>
        <translation>Becken von</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="190"/>
        <source>configuration %1 (loss %2, %3 configurations)</source>
        <translation>Konfiguration %1 (Verlust %2, %3 Konfigurationen)</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="191"/>
        <source>The local optimum that steepest descent from this configuration reaches.</source>
        <translation>Das lokale Optimum, das der steilste Abstieg von dieser Konfiguration aus erreicht.</translation>
    </message>
</context>
<context>
    <name>hplx::ConfigurationTableModel</name>
    <message>
        <location filename="../ui/model/ConfigurationTableModel.cpp" line="327"/>
        <source>Configuration %1: %2</source>
        <translation>Konfiguration %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/model/ConfigurationTableModel.cpp" line="332"/>
        <source>%1
%2: %3</source>
        <translation>%1
%2: %3</translation>
    </message>
    <message>
        <location filename="../ui/model/ConfigurationTableModel.cpp" line="333"/>
        <source>%1
%2: not evaluated</source>
        <translation>%1
%2: nicht ausgewertet</translation>
    </message>
    <message>
        <location filename="../ui/model/ConfigurationTableModel.cpp" line="336"/>
        <source>%1
Not evaluated in the primary landscape</source>
        <translation>%1
In der primären Landschaft nicht ausgewertet</translation>
    </message>
    <message>
        <location filename="../ui/model/ConfigurationTableModel.cpp" line="337"/>
        <source>%1
Rank %2 of %3 (1 = best; ties share the average rank)</source>
        <translation>%1
Rang %2 von %3 (1 = beste; Gleichstände teilen sich den mittleren Rang)</translation>
    </message>
    <message>
        <location filename="../ui/model/ConfigurationTableModel.cpp" line="342"/>
        <source>%1
In the greedy basin of local optimum %2: %3</source>
        <translation>%1
Im Greedy-Becken des lokalen Optimums %2: %3</translation>
    </message>
    <message>
        <location filename="../ui/model/ConfigurationTableModel.cpp" line="368"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../ui/model/ConfigurationTableModel.cpp" line="384"/>
        <source>Configuration id: the position in the grid, the last hyperparameter varying fastest</source>
        <translation>Konfigurationsnummer: die Position im Gitter, wobei der letzte Hyperparameter am schnellsten variiert</translation>
    </message>
    <message>
        <location filename="../ui/model/ConfigurationTableModel.cpp" line="385"/>
        <location filename="../ui/model/ConfigurationTableModel.cpp" line="680"/>
        <source>config</source>
        <translation>Konfig.</translation>
    </message>
    <message>
        <location filename="../ui/model/ConfigurationTableModel.cpp" line="390"/>
        <source>Ordinal hyperparameter, %1 values</source>
        <translation>Ordinaler Hyperparameter, %1 Werte</translation>
    </message>
    <message>
        <location filename="../ui/model/ConfigurationTableModel.cpp" line="391"/>
        <source>Categorical hyperparameter, %1 values</source>
        <translation>Kategorialer Hyperparameter, %1 Werte</translation>
    </message>
    <message>
        <location filename="../ui/model/ConfigurationTableModel.cpp" line="400"/>
        <source> (primary: loss and rank in the filter refer to it)</source>
        <translation> (primär: loss und rank im Filter beziehen sich hierauf)</translation>
    </message>
    <message>
        <location filename="../ui/model/ConfigurationTableModel.cpp" line="404"/>
        <source>Rank of the loss in %1 (1 = best; ties share the average rank)</source>
        <translation>Rang des Verlusts in %1 (1 = beste; Gleichstände teilen sich den mittleren Rang)</translation>
    </message>
    <message>
        <location filename="../ui/model/ConfigurationTableModel.cpp" line="407"/>
        <location filename="../ui/model/ConfigurationTableModel.cpp" line="678"/>
        <source>rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location filename="../ui/model/ConfigurationTableModel.cpp" line="409"/>
        <source>No neighbour has a strictly lower loss</source>
        <translation>Kein Nachbar hat einen echt niedrigeren Verlust</translation>
    </message>
    <message>
        <location filename="../ui/model/ConfigurationTableModel.cpp" line="409"/>
        <source>local optimum</source>
        <translation>lokales Optimum</translation>
    </message>
    <message>
        <location filename="../ui/model/ConfigurationTableModel.cpp" line="411"/>
        <source>The local optimum that steepest descent reaches from this configuration</source>
        <translation>Das lokale Optimum, das der steilste Abstieg von dieser Konfiguration aus erreicht</translation>
    </message>
    <message>
        <location filename="../ui/model/ConfigurationTableModel.cpp" line="411"/>
        <source>basin</source>
        <translation>Becken</translation>
    </message>
    <message>
        <location filename="../ui/model/ConfigurationTableModel.cpp" line="583"/>
        <source>There are no configurations to filter: no search space is shown</source>
        <translation>Es gibt keine Konfigurationen zum Filtern: Es wird kein Suchraum angezeigt</translation>
    </message>
    <message>
        <location filename="../ui/model/ConfigurationTableModel.cpp" line="609"/>
        <source>optimum</source>
        <comment>filter word</comment>
        <translation>optimum</translation>
    </message>
    <message>
        <location filename="../ui/model/ConfigurationTableModel.cpp" line="610"/>
        <source>Cannot read &apos;%1&apos;: write conditions such as max_depth=3, learning_rate&lt;=0.1, loss&lt;0.2, rank&lt;=10 or optimum, separated by spaces or commas</source>
        <translation>&apos;%1&apos; kann nicht gelesen werden: Schreiben Sie Bedingungen wie max_depth=3, learning_rate&lt;=0.1, loss&lt;0.2, rank&lt;=10 oder optimum, getrennt durch Leerzeichen oder Kommas</translation>
    </message>
    <message>
        <location filename="../ui/model/ConfigurationTableModel.cpp" line="615"/>
        <source>&apos;optimum&apos; needs the local optima, which are not computed for this table yet</source>
        <translation>&apos;optimum&apos; benötigt die lokalen Optima, die für diese Tabelle noch nicht berechnet sind</translation>
    </message>
    <message>
        <location filename="../ui/model/ConfigurationTableModel.cpp" line="650"/>
        <source>&apos;%1&apos; is numeric: &apos;%2&apos; needs a number, not &apos;%3&apos;</source>
        <translation>&apos;%1&apos; ist numerisch: &apos;%2&apos; erfordert eine Zahl, nicht &apos;%3&apos;</translation>
    </message>
    <message>
        <location filename="../ui/model/ConfigurationTableModel.cpp" line="660"/>
        <source>&apos;%1&apos; has no value &apos;%2&apos; (its values: %3)</source>
        <translation>&apos;%1&apos; hat keinen Wert &apos;%2&apos; (mögliche Werte: %3)</translation>
    </message>
    <message>
        <location filename="../ui/model/ConfigurationTableModel.cpp" line="663"/>
        <source>&apos;%1&apos; is categorical: only = and != apply, not %2</source>
        <translation>&apos;%1&apos; ist kategorial: Nur = und != sind zulässig, nicht %2</translation>
    </message>
    <message>
        <location filename="../ui/model/ConfigurationTableModel.cpp" line="676"/>
        <source>loss</source>
        <comment>filter word</comment>
        <translation>verlust</translation>
    </message>
    <message>
        <location filename="../ui/model/ConfigurationTableModel.cpp" line="683"/>
        <source>Unknown name &apos;%1&apos; in the filter: use a hyperparameter (%2), loss, rank, config or optimum</source>
        <translation>Unbekannter Name &apos;%1&apos; im Filter: Verwenden Sie einen Hyperparameter (%2), loss, rank, config oder optimum</translation>
    </message>
    <message>
        <location filename="../ui/model/ConfigurationTableModel.cpp" line="686"/>
        <source>&apos;%1&apos; needs a landscape, and this table shows none</source>
        <translation>&apos;%1&apos; benötigt eine Landschaft, aber diese Tabelle zeigt keine</translation>
    </message>
    <message>
        <location filename="../ui/model/ConfigurationTableModel.cpp" line="689"/>
        <source>&apos;%1&apos; needs a number after %2, not &apos;%3&apos;</source>
        <translation>&apos;%1&apos; erfordert nach %2 eine Zahl, nicht &apos;%3&apos;</translation>
    </message>
</context>
<context>
    <name>hplx::ExportFigureDialog</name>
    <message>
        <location filename="../ui/export/ExportFigureDialog.cpp" line="48"/>
        <source>Export View</source>
        <translation>Ansicht exportieren</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportFigureDialog.cpp" line="53"/>
        <source>PNG image (raster)</source>
        <translation>PNG-Bild (Raster)</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportFigureDialog.cpp" line="54"/>
        <source>SVG drawing (vector)</source>
        <translation>SVG-Zeichnung (Vektor)</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportFigureDialog.cpp" line="55"/>
        <source>PDF document (vector)</source>
        <translation>PDF-Dokument (Vektor)</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportFigureDialog.cpp" line="69"/>
        <source>mm</source>
        <translation>mm</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportFigureDialog.cpp" line="70"/>
        <source>px</source>
        <translation>px</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportFigureDialog.cpp" line="72"/>
        <source> DPI</source>
        <translation> DPI</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportFigureDialog.cpp" line="75"/>
        <source>Text size relative to the view&apos;s (1 = the same point size).</source>
        <translation>Textgröße relativ zu der in der Ansicht (1 = gleiche Punktgröße).</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportFigureDialog.cpp" line="81"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportFigureDialog.cpp" line="99"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportFigureDialog.cpp" line="100"/>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportFigureDialog.cpp" line="101"/>
        <source>Resolution:</source>
        <translation>Auflösung:</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportFigureDialog.cpp" line="102"/>
        <source>Font scale:</source>
        <translation>Schriftskalierung:</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportFigureDialog.cpp" line="104"/>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportFigureDialog.cpp" line="111"/>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportFigureDialog.cpp" line="124"/>
        <source>figure.%1</source>
        <translation>abbildung.%1</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportFigureDialog.cpp" line="236"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportFigureDialog.cpp" line="237"/>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG-Zeichnungen (*.svg)</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportFigureDialog.cpp" line="238"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportFigureDialog.cpp" line="239"/>
        <location filename="../ui/export/ExportFigureDialog.cpp" line="301"/>
        <source>Export view</source>
        <translation>Ansicht exportieren</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportFigureDialog.cpp" line="250"/>
        <source>%1 × %2 mm</source>
        <translation>%1 × %2 mm</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportFigureDialog.cpp" line="253"/>
        <source>%1 × %2 px at %3 DPI (%4)</source>
        <translation>%1 × %2 px bei %3 DPI (%4)</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportFigureDialog.cpp" line="258"/>
        <source>%1, vector</source>
        <translation>%1, Vektor</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportFigureDialog.cpp" line="260"/>
        <source>%1, the 3-D view embedded at %2 DPI</source>
        <translation>%1, 3-D-Ansicht mit %2 DPI eingebettet</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportFigureDialog.cpp" line="290"/>
        <source>Choose a file to export to.</source>
        <translation>Wählen Sie eine Datei für den Export aus.</translation>
    </message>
</context>
<context>
    <name>hplx::FidelityPanel</name>
    <message>
        <location filename="../ui/panels/FidelityPanel.cpp" line="107"/>
        <source>Make the next lower fidelity the primary landscape</source>
        <translation>Die nächstniedrigere Fidelity zur primären Landschaft machen</translation>
    </message>
    <message>
        <location filename="../ui/panels/FidelityPanel.cpp" line="111"/>
        <source>Make the next higher fidelity the primary landscape</source>
        <translation>Die nächsthöhere Fidelity zur primären Landschaft machen</translation>
    </message>
    <message>
        <location filename="../ui/panels/FidelityPanel.cpp" line="121"/>
        <source>Metrics</source>
        <translation>Maße</translation>
    </message>
    <message>
        <location filename="../ui/panels/FidelityPanel.cpp" line="249"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../ui/panels/FidelityPanel.cpp" line="249"/>
        <source>Select a landscape.</source>
        <translation>Wählen Sie eine Landschaft aus.</translation>
    </message>
    <message>
        <location filename="../ui/panels/FidelityPanel.cpp" line="268"/>
        <source>%1 has no fidelity axis: there is nothing to compare across fidelities.</source>
        <translation>%1 hat keine Fidelity-Achse: Über Fidelity-Stufen hinweg gibt es nichts zu vergleichen.</translation>
    </message>
    <message>
        <location filename="../ui/panels/FidelityPanel.cpp" line="292"/>
        <source>fidelity: %1 = %2</source>
        <translation>Fidelity: %1 = %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/FidelityPanel.cpp" line="341"/>
        <source>Metrics of %1</source>
        <translation>Maße von %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/FidelityPanel.cpp" line="355"/>
        <source>Rank agreement across fidelities</source>
        <translation>Rangübereinstimmung über Fidelity-Stufen</translation>
    </message>
    <message>
        <location filename="../ui/panels/FidelityPanel.cpp" line="487"/>
        <source>current fidelity</source>
        <translation>aktuelle Fidelity</translation>
    </message>
    <message>
        <location filename="../ui/panels/FidelityPanel.cpp" line="531"/>
        <source>metric value</source>
        <translation>Wert des Maßes</translation>
    </message>
    <message>
        <location filename="../ui/panels/FidelityPanel.cpp" line="532"/>
        <source>Landscape metrics across fidelities</source>
        <translation>Landschaftsmaße über Fidelity-Stufen</translation>
    </message>
    <message>
        <location filename="../ui/panels/FidelityPanel.cpp" line="537"/>
        <source>Computing metrics: %1 of %2 fidelities done…</source>
        <translation>Maße werden berechnet: %1 von %2 Fidelity-Stufen fertig…</translation>
    </message>
    <message>
        <location filename="../ui/panels/FidelityPanel.cpp" line="548"/>
        <source>Spearman ρ</source>
        <translation>Spearman ρ</translation>
    </message>
    <message>
        <location filename="../ui/panels/FidelityPanel.cpp" line="549"/>
        <source>top-%1 IoU (gamma_set)</source>
        <translation>Top-%1-IoU (gamma_set)</translation>
    </message>
    <message>
        <location filename="../ui/panels/FidelityPanel.cpp" line="553"/>
        <source>agreement</source>
        <translation>Übereinstimmung</translation>
    </message>
    <message>
        <location filename="../ui/panels/FidelityPanel.cpp" line="557"/>
        <source>Rank agreement with %1 = %2</source>
        <translation>Rangübereinstimmung mit %1 = %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/FidelityPanel.cpp" line="564"/>
        <source>Fidelities — %1</source>
        <translation>Fidelity-Stufen — %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/FidelityPanel.cpp" line="564"/>
        <source>Fidelities</source>
        <translation>Fidelity-Stufen</translation>
    </message>
</context>
<context>
    <name>hplx::HeatmapView</name>
    <message>
        <location filename="../ui/charts/HeatmapView.cpp" line="454"/>
        <source>&lt;b&gt;%1&lt;/b&gt; × &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;%3: %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; × &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;%3: %4</translation>
    </message>
    <message>
        <location filename="../ui/charts/HeatmapView.cpp" line="456"/>
        <source>no value</source>
        <translation>kein Wert</translation>
    </message>
</context>
<context>
    <name>hplx::HpMarginalsPanel</name>
    <message>
        <location filename="../ui/panels/HpMarginalsPanel.cpp" line="132"/>
        <source>log</source>
        <translation>log</translation>
    </message>
    <message>
        <location filename="../ui/panels/HpMarginalsPanel.cpp" line="134"/>
        <source>rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location filename="../ui/panels/HpMarginalsPanel.cpp" line="138"/>
        <source>raw</source>
        <translation>Rohwerte</translation>
    </message>
    <message>
        <location filename="../ui/panels/HpMarginalsPanel.cpp" line="167"/>
        <source>The hyperparameter whose values the box plot spreads the loss over.</source>
        <translation>Der Hyperparameter, über dessen Werte der Boxplot den Verlust aufteilt.</translation>
    </message>
    <message>
        <location filename="../ui/panels/HpMarginalsPanel.cpp" line="170"/>
        <source>raw loss</source>
        <translation>Verlust (roh)</translation>
    </message>
    <message>
        <location filename="../ui/panels/HpMarginalsPanel.cpp" line="171"/>
        <source>log loss</source>
        <translation>Verlust (log)</translation>
    </message>
    <message>
        <location filename="../ui/panels/HpMarginalsPanel.cpp" line="172"/>
        <source>loss rank</source>
        <translation>Verlustrang</translation>
    </message>
    <message>
        <location filename="../ui/panels/HpMarginalsPanel.cpp" line="173"/>
        <source>The loss scale of the box plot and of the functional ANOVA. Heavy-tailed losses make raw-scale variance shares meaningless.</source>
        <translation>Die Verlustskala des Boxplots und der funktionalen ANOVA. Bei Verlusten mit schweren Rändern (heavy-tailed) sind Varianzanteile auf der Rohskala bedeutungslos.</translation>
    </message>
    <message>
        <location filename="../ui/panels/HpMarginalsPanel.cpp" line="179"/>
        <source>Hyperparameter:</source>
        <translation>Hyperparameter:</translation>
    </message>
    <message>
        <location filename="../ui/panels/HpMarginalsPanel.cpp" line="182"/>
        <source>Scale:</source>
        <translation>Skala:</translation>
    </message>
    <message>
        <location filename="../ui/panels/HpMarginalsPanel.cpp" line="312"/>
        <source>log₁₀ %1</source>
        <translation>log₁₀ %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/HpMarginalsPanel.cpp" line="314"/>
        <source>rank of %1 (1 = best)</source>
        <translation>Rang von %1 (1 = beste)</translation>
    </message>
    <message>
        <location filename="../ui/panels/HpMarginalsPanel.cpp" line="330"/>
        <source>This landscape has no hyperparameters.</source>
        <translation>Diese Landschaft hat keine Hyperparameter.</translation>
    </message>
    <message>
        <location filename="../ui/panels/HpMarginalsPanel.cpp" line="331"/>
        <location filename="../ui/panels/HpMarginalsPanel.cpp" line="540"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../ui/panels/HpMarginalsPanel.cpp" line="332"/>
        <location filename="../ui/panels/HpMarginalsPanel.cpp" line="540"/>
        <source>Select a landscape.</source>
        <translation>Wählen Sie eine Landschaft aus.</translation>
    </message>
    <message>
        <location filename="../ui/panels/HpMarginalsPanel.cpp" line="340"/>
        <source>Computing…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <location filename="../ui/panels/HpMarginalsPanel.cpp" line="347"/>
        <location filename="../ui/panels/HpMarginalsPanel.cpp" line="460"/>
        <source>Loss by %1</source>
        <translation>Verlust nach %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/HpMarginalsPanel.cpp" line="383"/>
        <source>No box plot on the %1 scale: %2</source>
        <translation>Kein Boxplot auf der Skala „%1“: %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/HpMarginalsPanel.cpp" line="527"/>
        <source>Showing %L1 of %L2 selected configurations as points.</source>
        <translation>%L1 von %L2 ausgewählten Konfigurationen werden als Punkte angezeigt.</translation>
    </message>
    <message>
        <location filename="../ui/panels/HpMarginalsPanel.cpp" line="552"/>
        <source>Functional ANOVA of %1</source>
        <translation>Funktionale ANOVA von %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/HpMarginalsPanel.cpp" line="578"/>
        <source>No functional ANOVA on the %1 scale: %2</source>
        <translation>Keine funktionale ANOVA auf der Skala „%1“: %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/HpMarginalsPanel.cpp" line="592"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/HpMarginalsPanel.cpp" line="605"/>
        <source>The loss is constant on the %1 scale: there is no variance to decompose.</source>
        <translation>Der Verlust ist auf der Skala „%1“ konstant: Es gibt keine Varianz zu zerlegen.</translation>
    </message>
    <message>
        <location filename="../ui/panels/HpMarginalsPanel.cpp" line="612"/>
        <source>share of variance</source>
        <translation>Varianzanteil</translation>
    </message>
    <message>
        <location filename="../ui/panels/HpMarginalsPanel.cpp" line="640"/>
        <source>share of variance (%), %1 scale</source>
        <translation>Varianzanteil (%), Skala „%1“</translation>
    </message>
    <message>
        <location filename="../ui/panels/HpMarginalsPanel.cpp" line="645"/>
        <source>Functional ANOVA</source>
        <translation>Funktionale ANOVA</translation>
    </message>
    <message>
        <location filename="../ui/panels/HpMarginalsPanel.cpp" line="652"/>
        <source>Exact decomposition over %L1 configurations. %2 largest of %3 terms shown (%4).</source>
        <translation>Exakte Zerlegung über %L1 Konfigurationen. Die %2 größten von %3 Termen werden angezeigt (%4).</translation>
    </message>
    <message>
        <location filename="../ui/panels/HpMarginalsPanel.cpp" line="658"/>
        <source>The other %1 terms: %2.</source>
        <translation>Die übrigen %1 Terme: %2.</translation>
    </message>
    <message>
        <location filename="../ui/panels/HpMarginalsPanel.cpp" line="663"/>
        <source>Interactions of three or more HPs: %1.</source>
        <translation>Wechselwirkungen von drei oder mehr HP: %1.</translation>
    </message>
    <message>
        <location filename="../ui/panels/HpMarginalsPanel.cpp" line="673"/>
        <source>Hyperparameter importance — %1</source>
        <translation>Hyperparameter-Wichtigkeit — %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/HpMarginalsPanel.cpp" line="674"/>
        <source>Hyperparameter importance</source>
        <translation>Hyperparameter-Wichtigkeit</translation>
    </message>
</context>
<context>
    <name>hplx::JobRunner</name>
    <message>
        <location filename="../ui/jobs/JobRunner.cpp" line="199"/>
        <location filename="../ui/jobs/JobRunner.cpp" line="202"/>
        <source>Unknown error</source>
        <translation>Unbekannter Fehler</translation>
    </message>
</context>
<context>
    <name>hplx::JobsPanel</name>
    <message>
        <location filename="../ui/jobs/JobsPanel.cpp" line="35"/>
        <source>No running jobs</source>
        <translation>Keine laufenden Aufgaben</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsPanel.cpp" line="79"/>
        <source>almost done</source>
        <translation>fast fertig</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsPanel.cpp" line="82"/>
        <source>about %1 s left</source>
        <translation>noch etwa %1 s</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsPanel.cpp" line="85"/>
        <source>about %1 min left</source>
        <translation>noch etwa %1 min</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsPanel.cpp" line="87"/>
        <source>about %1 h left</source>
        <translation>noch etwa %1 h</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsPanel.cpp" line="118"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsPanel.cpp" line="119"/>
        <source>Cancel “%1”</source>
        <translation>„%1“ abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsPanel.cpp" line="165"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsPanel.cpp" line="169"/>
        <source>Waiting for a free thread…</source>
        <translation>Warten auf einen freien Thread…</translation>
    </message>
</context>
<context>
    <name>hplx::LandscapeTreeModel</name>
    <message>
        <location filename="../ui/model/LandscapeTreeModel.cpp" line="211"/>
        <source>%1 / %2 configs</source>
        <translation>%1 / %2 Konfig.</translation>
    </message>
    <message>
        <location filename="../ui/model/LandscapeTreeModel.cpp" line="212"/>
        <source>1 landscape</source>
        <translation>1 Landschaft</translation>
    </message>
    <message>
        <location filename="../ui/model/LandscapeTreeModel.cpp" line="212"/>
        <source>%1 landscapes</source>
        <translation>%1 Landschaften</translation>
    </message>
    <message>
        <location filename="../ui/model/LandscapeTreeModel.cpp" line="220"/>
        <source>complete grid</source>
        <translation>vollständiges Gitter</translation>
    </message>
    <message>
        <location filename="../ui/model/LandscapeTreeModel.cpp" line="221"/>
        <source>partial: %1 of %2 configurations evaluated</source>
        <translation>teilweise: %1 von %2 Konfigurationen ausgewertet</translation>
    </message>
    <message>
        <location filename="../ui/model/LandscapeTreeModel.cpp" line="223"/>
        <source>%1
Landscape %2, %3</source>
        <translation>%1
Landschaft %2, %3</translation>
    </message>
    <message>
        <location filename="../ui/model/LandscapeTreeModel.cpp" line="257"/>
        <source>Landscape</source>
        <translation>Landschaft</translation>
    </message>
    <message>
        <location filename="../ui/model/LandscapeTreeModel.cpp" line="259"/>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
</context>
<context>
    <name>hplx::LonPanel</name>
    <message>
        <location filename="../ui/panels/LonPanel.cpp" line="30"/>
        <source>Reset view</source>
        <translation>Ansicht zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/panels/LonPanel.cpp" line="66"/>
        <source>Computing the local optima network…</source>
        <translation>Das Netzwerk lokaler Optima wird berechnet…</translation>
    </message>
    <message>
        <location filename="../ui/panels/LonPanel.cpp" line="66"/>
        <source>Select a landscape.</source>
        <translation>Wählen Sie eine Landschaft aus.</translation>
    </message>
    <message>
        <location filename="../ui/panels/LonPanel.cpp" line="86"/>
        <source>Laying out the optima network</source>
        <translation>Optima-Netzwerk wird angeordnet</translation>
    </message>
    <message>
        <location filename="../ui/panels/LonPanel.cpp" line="94"/>
        <source>%L1 local optima · %L2 edges (%L3 monotonic) · escape rate %4</source>
        <translation>%L1 lokale Optima · %L2 Kanten (%L3 monoton) · Fluchtrate %4</translation>
    </message>
    <message>
        <location filename="../ui/panels/LonPanel.cpp" line="99"/>
        <source>Edges: 2-edit perturbations of an optimum that climb to another optimum at least %1 times; escape rate: the share of perturbations that leave their basin.</source>
        <translation>Kanten: 2-Schritt-Störungen eines Optimums, die mindestens %1-mal zu einem anderen Optimum aufsteigen; Fluchtrate: der Anteil der Störungen, die ihr Becken verlassen.</translation>
    </message>
    <message>
        <location filename="../ui/panels/LonPanel.cpp" line="141"/>
        <source>Local optima network — %1</source>
        <translation>Netzwerk lokaler Optima — %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/LonPanel.cpp" line="142"/>
        <source>Local optima network</source>
        <translation>Netzwerk lokaler Optima</translation>
    </message>
    <message>
        <location filename="../ui/panels/LonPanel.cpp" line="149"/>
        <location filename="../ui/panels/LonPanel.cpp" line="168"/>
        <source>The 3-D view is not shown yet.</source>
        <translation>Die 3-D-Ansicht wird noch nicht angezeigt.</translation>
    </message>
</context>
<context>
    <name>hplx::MainWindow</name>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="134"/>
        <source>Hyperparameter</source>
        <translation>Hyperparameter</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="134"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="134"/>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="148"/>
        <source>Search space</source>
        <translation>Suchraum</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="227"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="293"/>
        <source>Optima network</source>
        <translation>Optima-Netzwerk</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="298"/>
        <source>Overfitting</source>
        <translation>Overfitting</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="300"/>
        <source>Rank agreement</source>
        <translation>Rangübereinstimmung</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="302"/>
        <source>Importance</source>
        <translation>Wichtigkeit</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="304"/>
        <source>Fidelities</source>
        <translation>Fidelity-Stufen</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="306"/>
        <source>Similarity</source>
        <translation>Ähnlichkeit</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="316"/>
        <source>Compare</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="398"/>
        <source>&amp;Configurations table…</source>
        <translation>&amp;Konfigurationstabelle…</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="400"/>
        <source>&amp;Metrics table…</source>
        <translation>Tabelle der &amp;Maße…</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="402"/>
        <source>Export &amp;view…</source>
        <translation>&amp;Ansicht exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="404"/>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="405"/>
        <source>Export the current view as a figure (PNG, SVG or PDF)</source>
        <translation>Die aktuelle Ansicht als Abbildung exportieren (PNG, SVG oder PDF)</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="409"/>
        <source>Add View to Figure</source>
        <translation>Ansicht zur Abbildung hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="413"/>
        <source>Added “%1” as panel %2 of the figure</source>
        <translation>„%1“ als Teilbild %2 zur Abbildung hinzugefügt</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="418"/>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="419"/>
        <source>Compose Figure…</source>
        <translation>Abbildung zusammenstellen…</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="454"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="455"/>
        <source>&amp;About HPLX</source>
        <translation>&amp;Über HPLX</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="456"/>
        <source>About HPLX</source>
        <translation>Über HPLX</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="457"/>
        <source>&lt;b&gt;HPLX %1&lt;/b&gt; — Hyperparameter Landscape Explorer.&lt;p&gt;Explore the loss landscapes of hyperparameter grids: local optima, basins, landscape metrics and similarity.</source>
        <translation>&lt;b&gt;HPLX %1&lt;/b&gt; — Hyperparameter Landscape Explorer.&lt;p&gt;Erkunden Sie die Verlustlandschaften von Hyperparameter-Gittern: lokale Optima, Becken, Landschaftsmaße und Ähnlichkeit.</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="677"/>
        <source>Landscape metrics of %1</source>
        <translation>Landschaftsmaße von %1</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="382"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="144"/>
        <source>Jobs</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="147"/>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="151"/>
        <location filename="../ui/window/MainWindow.cpp" line="606"/>
        <source>Metrics</source>
        <translation>Maße</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/window/MainWindow.cpp" line="162"/>
        <source>%n job(s) running</source>
        <translation>
            <numerusform>%n Aufgabe läuft</numerusform>
            <numerusform>%n Aufgaben laufen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="201"/>
        <source>Click a landscape to explore it; Ctrl+click a second one to compare.</source>
        <translation>Klicken Sie auf eine Landschaft, um sie zu erkunden; Strg+Klick auf eine zweite vergleicht beide.</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="207"/>
        <source>Filter, e.g. “wine test”</source>
        <translation>Filter, z. B. „wine test“</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="220"/>
        <source>Landscapes</source>
        <translation>Landschaften</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="250"/>
        <source>Filter configurations, e.g. “max_depth=3 loss&lt;0.2 optimum”</source>
        <translation>Konfigurationen filtern, z. B. „max_depth=3 loss&lt;0.2 optimum“</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="251"/>
        <source>Conditions separated by spaces, all of which must hold: HP=value, HP&lt;=value, loss&lt;x, rank&lt;=n, config&gt;=id, optimum (local optima only).</source>
        <translation>Durch Leerzeichen getrennte Bedingungen, die alle erfüllt sein müssen: HP=Wert, HP&lt;=Wert, loss&lt;x, rank&lt;=n, config&gt;=id, optimum (nur lokale Optima).</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="267"/>
        <source>%L1 of %L2 configurations shown</source>
        <translation>%L1 von %L2 Konfigurationen angezeigt</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="285"/>
        <source>Configurations</source>
        <translation>Konfigurationen</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="288"/>
        <source>Surface</source>
        <translation>Oberfläche</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="375"/>
        <source>Copy as TSV</source>
        <translation>Als TSV kopieren</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="383"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="385"/>
        <source>Open landscape database</source>
        <translation>Landschaftsdatenbank öffnen</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="386"/>
        <source>Landscape databases (*.db *.sqlite *.sqlite3 *.hplx);;All files (*)</source>
        <translation>Landschaftsdatenbanken (*.db *.sqlite *.sqlite3 *.hplx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="391"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="393"/>
        <source>&amp;Close</source>
        <translation>Sch&amp;ließen</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="396"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="399"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="427"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="431"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="432"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="435"/>
        <source>Select &amp;All Configurations</source>
        <translation>&amp;Alle Konfigurationen auswählen</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="444"/>
        <source>C&amp;lear Selection</source>
        <translation>Auswahl au&amp;fheben</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="448"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="462"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="471"/>
        <source>Cannot open %1</source>
        <translation>%1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="542"/>
        <source>Comparing the first two selected landscapes</source>
        <translation>Die ersten beiden ausgewählten Landschaften werden verglichen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/window/MainWindow.cpp" line="566"/>
        <source>%n related landscape(s) left out: %1</source>
        <translation>
            <numerusform>%n verwandte Landschaft ausgelassen: %1</numerusform>
            <numerusform>%n verwandte Landschaften ausgelassen: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="603"/>
        <source>Metrics — %1 / %2</source>
        <translation>Maße — %1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="641"/>
        <source>ordinal</source>
        <translation>ordinal</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="641"/>
        <source>categorical</source>
        <translation>kategorial</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/window/MainWindow.cpp" line="643"/>
        <source>%n value(s)</source>
        <translation>
            <numerusform>%n Wert</numerusform>
            <numerusform>%n Werte</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="664"/>
        <source>Copied to the clipboard</source>
        <translation>In die Zwischenablage kopiert</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="670"/>
        <source>Export configurations</source>
        <translation>Konfigurationen exportieren</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="717"/>
        <source>Cannot export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="679"/>
        <source>Export metrics</source>
        <translation>Maße exportieren</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="702"/>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="731"/>
        <source>The language changes when HPLX is started again</source>
        <translation>Die Sprache ändert sich beim nächsten Start von HPLX</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="826"/>
        <source>HPLX</source>
        <translation>HPLX</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="827"/>
        <source>No database open — use File ▸ Open or drop a database file here</source>
        <translation>Keine Datenbank geöffnet — Datei ▸ Öffnen wählen oder eine Datenbankdatei hierher ziehen</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="831"/>
        <source>%1 — HPLX</source>
        <translation>%1 — HPLX</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/window/MainWindow.cpp" line="832"/>
        <source>%1: %n landscape(s)</source>
        <translation>
            <numerusform>%1: %n Landschaft</numerusform>
            <numerusform>%1: %n Landschaften</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/window/MainWindow.cpp" line="834"/>
        <source>, %n search space(s)</source>
        <translation>
            <numerusform>, %n Suchraum</numerusform>
            <numerusform>, %n Suchräume</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="836"/>
        <source> — showing %1</source>
        <translation> — angezeigt: %1</translation>
    </message>
</context>
<context>
    <name>hplx::MetricTableModel</name>
    <message>
        <location filename="../ui/model/MetricTableModel.cpp" line="29"/>
        <source>n/a</source>
        <translation>n. v.</translation>
    </message>
    <message>
        <location filename="../ui/model/MetricTableModel.cpp" line="42"/>
        <source>landscape %1</source>
        <translation>Landschaft %1</translation>
    </message>
    <message>
        <location filename="../ui/model/MetricTableModel.cpp" line="185"/>
        <source>Configuration %1 (%2 configurations share this loss)</source>
        <translation>Konfiguration %1 (%2 Konfigurationen haben diesen Verlust)</translation>
    </message>
    <message>
        <location filename="../ui/model/MetricTableModel.cpp" line="190"/>
        <source>Partial landscape: metrics use the evaluated configurations only</source>
        <translation>Unvollständige Landschaft: Die Maße beruhen nur auf den ausgewerteten Konfigurationen</translation>
    </message>
    <message>
        <location filename="../ui/model/MetricTableModel.cpp" line="195"/>
        <source>Not computed for this landscape</source>
        <translation>Für diese Landschaft nicht berechnet</translation>
    </message>
    <message>
        <location filename="../ui/model/MetricTableModel.cpp" line="198"/>
        <source>undefined</source>
        <translation>undefiniert</translation>
    </message>
    <message>
        <location filename="../ui/model/MetricTableModel.cpp" line="214"/>
        <source>metric</source>
        <translation>Maß</translation>
    </message>
    <message>
        <location filename="../ui/model/MetricTableModel.cpp" line="216"/>
        <source>variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <location filename="../ui/model/MetricTableModel.cpp" line="218"/>
        <source>parameters</source>
        <translation>Parameter</translation>
    </message>
</context>
<context>
    <name>hplx::OverfittingPanel</name>
    <message>
        <location filename="../ui/panels/OverfittingPanel.cpp" line="108"/>
        <source>x:</source>
        <translation>x:</translation>
    </message>
    <message>
        <location filename="../ui/panels/OverfittingPanel.cpp" line="110"/>
        <source>y:</source>
        <translation>y:</translation>
    </message>
    <message>
        <location filename="../ui/panels/OverfittingPanel.cpp" line="113"/>
        <source>Colour:</source>
        <translation>Farbe:</translation>
    </message>
    <message>
        <location filename="../ui/panels/OverfittingPanel.cpp" line="181"/>
        <source>Select a landscape.</source>
        <translation>Wählen Sie eine Landschaft aus.</translation>
    </message>
    <message>
        <location filename="../ui/panels/OverfittingPanel.cpp" line="199"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../ui/panels/OverfittingPanel.cpp" line="200"/>
        <source>ΔL = L(y) − L(x)</source>
        <translation>ΔL = L(y) − L(x)</translation>
    </message>
    <message>
        <location filename="../ui/panels/OverfittingPanel.cpp" line="217"/>
        <source>Computing…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <location filename="../ui/panels/OverfittingPanel.cpp" line="222"/>
        <source>Generalisation gap</source>
        <translation>Generalisierungslücke</translation>
    </message>
    <message>
        <location filename="../ui/panels/OverfittingPanel.cpp" line="267"/>
        <source>No configuration is evaluated in both landscapes.</source>
        <translation>Keine Konfiguration ist in beiden Landschaften ausgewertet.</translation>
    </message>
    <message>
        <location filename="../ui/panels/OverfittingPanel.cpp" line="270"/>
        <source>ΔL = L(%1) − L(%2) over %L3 configurations</source>
        <translation>ΔL = L(%1) − L(%2) über %L3 Konfigurationen</translation>
    </message>
    <message>
        <location filename="../ui/panels/OverfittingPanel.cpp" line="271"/>
        <source>mean %1 · median %2 · sd %3</source>
        <translation>Mittelwert %1 · Median %2 · SD %3</translation>
    </message>
    <message>
        <location filename="../ui/panels/OverfittingPanel.cpp" line="274"/>
        <source>%1 above %2: %3 %</source>
        <translation>%1 höher als %2: %3 %</translation>
    </message>
    <message>
        <location filename="../ui/panels/OverfittingPanel.cpp" line="275"/>
        <source>Spearman ρ(%1, %2) = %3</source>
        <translation>Spearman ρ(%1, %2) = %3</translation>
    </message>
    <message>
        <location filename="../ui/panels/OverfittingPanel.cpp" line="276"/>
        <source>n/a</source>
        <translation>n. v.</translation>
    </message>
    <message>
        <location filename="../ui/panels/OverfittingPanel.cpp" line="279"/>
        <source>left out (evaluated in only one landscape): %L1</source>
        <translation>ausgelassen (nur in einer Landschaft ausgewertet): %L1</translation>
    </message>
    <message>
        <location filename="../ui/panels/OverfittingPanel.cpp" line="307"/>
        <source>Overfitting — %1</source>
        <translation>Overfitting — %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/OverfittingPanel.cpp" line="307"/>
        <source>Overfitting</source>
        <translation>Overfitting</translation>
    </message>
</context>
<context>
    <name>hplx::RankAgreementPanel</name>
    <message>
        <location filename="../ui/panels/RankAgreementPanel.cpp" line="69"/>
        <source>A (x):</source>
        <translation>A (x):</translation>
    </message>
    <message>
        <location filename="../ui/panels/RankAgreementPanel.cpp" line="71"/>
        <source>B (y):</source>
        <translation>B (y):</translation>
    </message>
    <message>
        <location filename="../ui/panels/RankAgreementPanel.cpp" line="132"/>
        <source>Select a landscape.</source>
        <translation>Wählen Sie eine Landschaft aus.</translation>
    </message>
    <message>
        <location filename="../ui/panels/RankAgreementPanel.cpp" line="191"/>
        <location filename="../ui/panels/RankAgreementPanel.cpp" line="192"/>
        <source>rank in %1 (1 = lowest loss)</source>
        <translation>Rang in %1 (1 = niedrigster Verlust)</translation>
    </message>
    <message>
        <location filename="../ui/panels/RankAgreementPanel.cpp" line="193"/>
        <source>Computing…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <location filename="../ui/panels/RankAgreementPanel.cpp" line="198"/>
        <location filename="../ui/panels/RankAgreementPanel.cpp" line="288"/>
        <source>Rank agreement</source>
        <translation>Rangübereinstimmung</translation>
    </message>
    <message>
        <location filename="../ui/panels/RankAgreementPanel.cpp" line="256"/>
        <source>other</source>
        <translation>übrige</translation>
    </message>
    <message>
        <location filename="../ui/panels/RankAgreementPanel.cpp" line="257"/>
        <source>top %1 % in A only</source>
        <translation>Top %1 % nur in A</translation>
    </message>
    <message>
        <location filename="../ui/panels/RankAgreementPanel.cpp" line="258"/>
        <source>top %1 % in B only</source>
        <translation>Top %1 % nur in B</translation>
    </message>
    <message>
        <location filename="../ui/panels/RankAgreementPanel.cpp" line="259"/>
        <source>top %1 % in both</source>
        <translation>Top %1 % in beiden</translation>
    </message>
    <message>
        <location filename="../ui/panels/RankAgreementPanel.cpp" line="264"/>
        <source>%L1 configurations compared</source>
        <translation>%L1 Konfigurationen verglichen</translation>
    </message>
    <message>
        <location filename="../ui/panels/RankAgreementPanel.cpp" line="266"/>
        <source>left out (missing in either landscape): %L1</source>
        <translation>ausgelassen (in einer der Landschaften fehlend): %L1</translation>
    </message>
    <message>
        <location filename="../ui/panels/RankAgreementPanel.cpp" line="268"/>
        <source>Spearman ρ = %1</source>
        <translation>Spearman ρ = %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/RankAgreementPanel.cpp" line="268"/>
        <source>n/a</source>
        <translation>n. v.</translation>
    </message>
    <message>
        <location filename="../ui/panels/RankAgreementPanel.cpp" line="269"/>
        <source>shake-up: all %1 · top %2 % of A %3</source>
        <translation>Rangverschiebung: alle %1 · Top %2 % von A %3</translation>
    </message>
    <message>
        <location filename="../ui/panels/RankAgreementPanel.cpp" line="273"/>
        <source>top %1 % sets (%L2 each): IoU %3 · overlap %4</source>
        <translation>Mengen der Top %1 % (je %L2): IoU %3 · Überlappung %4</translation>
    </message>
    <message>
        <location filename="../ui/panels/RankAgreementPanel.cpp" line="288"/>
        <source>Rank agreement — %1</source>
        <translation>Rangübereinstimmung — %1</translation>
    </message>
</context>
<context>
    <name>hplx::ScatterChart</name>
    <message>
        <location filename="../ui/charts/ScatterChart.cpp" line="327"/>
        <source>configuration %1</source>
        <translation>Konfiguration %1</translation>
    </message>
    <message>
        <location filename="../ui/charts/ScatterChart.cpp" line="332"/>
        <source>%1
%2: %3
%4: %5</source>
        <translation>%1
%2: %3
%4: %5</translation>
    </message>
</context>
<context>
    <name>hplx::SettingsDialog</name>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="32"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="34"/>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="39"/>
        <source>Colour map:</source>
        <translation>Farbskala:</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="42"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="46"/>
        <source>Takes effect when HPLX is started again.</source>
        <translation>Wird beim nächsten Start von HPLX wirksam.</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="47"/>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="49"/>
        <source>Landscape metrics</source>
        <translation>Landschaftsmaße</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="56"/>
        <source>Neighbours whose losses differ by at most ε count as neutral (ν).</source>
        <translation>Nachbarn, deren Verluste sich um höchstens ε unterscheiden, gelten als neutral (ν).</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="57"/>
        <source>Neutrality ε:</source>
        <translation>Neutralitäts-ε:</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="58"/>
        <source>ε is a share of the loss range</source>
        <translation>ε ist ein Anteil der Verlustspanne</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="62"/>
        <source>Random walks:</source>
        <translation>Zufallspfade:</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="64"/>
        <source>Walk length:</source>
        <translation>Pfadlänge:</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="66"/>
        <location filename="../ui/settings/SettingsDialog.cpp" line="81"/>
        <source>Seed:</source>
        <translation>Startwert:</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="68"/>
        <source>Embedding (HOPE + UMAP)</source>
        <translation>Einbettung (HOPE + UMAP)</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="71"/>
        <source>UMAP neighbours:</source>
        <translation>UMAP-Nachbarn:</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="77"/>
        <source>UMAP minimum distance:</source>
        <translation>UMAP-Mindestabstand:</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="79"/>
        <source>UMAP epochs:</source>
        <translation>UMAP-Epochen:</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="83"/>
        <source>Background jobs</source>
        <translation>Hintergrundaufgaben</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="86"/>
        <source>One per core (%1)</source>
        <translation>Einer pro Kern (%1)</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="87"/>
        <source>Worker threads:</source>
        <translation>Worker-Threads:</translation>
    </message>
</context>
<context>
    <name>hplx::SimilarityPanel</name>
    <message>
        <location filename="../ui/panels/SimilarityPanel.cpp" line="107"/>
        <source>Datasets (at this fidelity and split)</source>
        <translation>Datensätze (bei dieser Fidelity und diesem Split)</translation>
    </message>
    <message>
        <location filename="../ui/panels/SimilarityPanel.cpp" line="108"/>
        <source>Datasets × fidelities (this split)</source>
        <translation>Datensätze × Fidelity-Stufen (dieser Split)</translation>
    </message>
    <message>
        <location filename="../ui/panels/SimilarityPanel.cpp" line="111"/>
        <source>Spearman ρ</source>
        <translation>Spearman ρ</translation>
    </message>
    <message>
        <location filename="../ui/panels/SimilarityPanel.cpp" line="112"/>
        <source>Shake-up (all)</source>
        <translation>Rangverschiebung (alle)</translation>
    </message>
    <message>
        <location filename="../ui/panels/SimilarityPanel.cpp" line="113"/>
        <source>Shake-up (top)</source>
        <translation>Rangverschiebung (Top)</translation>
    </message>
    <message>
        <location filename="../ui/panels/SimilarityPanel.cpp" line="114"/>
        <source>γ-set IoU</source>
        <translation>γ-Set-IoU</translation>
    </message>
    <message>
        <location filename="../ui/panels/SimilarityPanel.cpp" line="115"/>
        <source>γ-set overlap</source>
        <translation>γ-Set-Überlappung</translation>
    </message>
    <message>
        <location filename="../ui/panels/SimilarityPanel.cpp" line="116"/>
        <source>Spearman rank correlation of the losses on the configurations both evaluated</source>
        <translation>Spearman-Rangkorrelation der Verluste über die Konfigurationen, die in beiden ausgewertet sind</translation>
    </message>
    <message>
        <location filename="../ui/panels/SimilarityPanel.cpp" line="118"/>
        <source>Mean |rank difference| / n over all common configurations (0: same ranking)</source>
        <translation>Mittlere |Rangdifferenz| / n über alle gemeinsamen Konfigurationen (0: gleiche Rangfolge)</translation>
    </message>
    <message>
        <location filename="../ui/panels/SimilarityPanel.cpp" line="121"/>
        <source>Mean |rank difference| / n over the best 10 % of the row landscape (0: same ranking)</source>
        <translation>Mittlere |Rangdifferenz| / n über die besten 10 % der Zeilenlandschaft (0: gleiche Rangfolge)</translation>
    </message>
    <message>
        <location filename="../ui/panels/SimilarityPanel.cpp" line="122"/>
        <source>Intersection over union of the best-10 % sets</source>
        <translation>Schnittmenge durch Vereinigungsmenge der Mengen der besten 10 %</translation>
    </message>
    <message>
        <location filename="../ui/panels/SimilarityPanel.cpp" line="123"/>
        <source>Share of the row landscape&apos;s best 10 % that is also among the column&apos;s</source>
        <translation>Anteil der besten 10 % der Zeilenlandschaft, die auch zu den besten 10 % der Spaltenlandschaft gehören</translation>
    </message>
    <message>
        <location filename="../ui/panels/SimilarityPanel.cpp" line="129"/>
        <source>Compute again</source>
        <translation>Erneut berechnen</translation>
    </message>
    <message>
        <location filename="../ui/panels/SimilarityPanel.cpp" line="138"/>
        <source>Fewer than 2 configurations evaluated in both.</source>
        <translation>Weniger als 2 Konfigurationen in beiden ausgewertet.</translation>
    </message>
    <message>
        <location filename="../ui/panels/SimilarityPanel.cpp" line="139"/>
        <source>%L1 configurations evaluated in both.</source>
        <translation>%L1 Konfigurationen in beiden ausgewertet.</translation>
    </message>
    <message>
        <location filename="../ui/panels/SimilarityPanel.cpp" line="143"/>
        <source>Compare:</source>
        <translation>Vergleichen:</translation>
    </message>
    <message>
        <location filename="../ui/panels/SimilarityPanel.cpp" line="145"/>
        <source>Measure:</source>
        <translation>Maß:</translation>
    </message>
    <message>
        <location filename="../ui/panels/SimilarityPanel.cpp" line="283"/>
        <source>%1 · %2 · split %3</source>
        <translation>%1 · %2 · Split %3</translation>
    </message>
    <message>
        <location filename="../ui/panels/SimilarityPanel.cpp" line="298"/>
        <source>Select a landscape.</source>
        <translation>Wählen Sie eine Landschaft aus.</translation>
    </message>
    <message>
        <location filename="../ui/panels/SimilarityPanel.cpp" line="299"/>
        <source>Only one landscape of this model, loss and split here: nothing to compare it with.</source>
        <translation>Hier gibt es nur eine Landschaft dieses Modells, Verlusts und Splits: Es gibt nichts, womit sie verglichen werden könnte.</translation>
    </message>
    <message>
        <location filename="../ui/panels/SimilarityPanel.cpp" line="306"/>
        <source>The matrix is computed when this tab is shown.</source>
        <translation>Die Matrix wird berechnet, sobald dieser Tab angezeigt wird.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/SimilarityPanel.cpp" line="320"/>
        <location filename="../ui/panels/SimilarityPanel.cpp" line="321"/>
        <source>Comparing %n landscapes…</source>
        <translation>
            <numerusform>%n Landschaft wird verglichen…</numerusform>
            <numerusform>%n Landschaften werden verglichen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/SimilarityPanel.cpp" line="329"/>
        <source>Similarity of %n landscapes</source>
        <translation>
            <numerusform>Ähnlichkeit von %n Landschaft</numerusform>
            <numerusform>Ähnlichkeit von %n Landschaften</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/panels/SimilarityPanel.cpp" line="350"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/panels/SimilarityPanel.cpp" line="350"/>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/SimilarityPanel.cpp" line="351"/>
        <source>The comparison was cancelled.</source>
        <translation>Der Vergleich wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/panels/SimilarityPanel.cpp" line="352"/>
        <source>The comparison failed: %1</source>
        <translation>Der Vergleich ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/SimilarityPanel.cpp" line="400"/>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../ui/panels/SimilarityPanel.cpp" line="400"/>
        <source>Dataset · %1</source>
        <translation>Datensatz · %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/SimilarityPanel.cpp" line="411"/>
        <source>Spearman ρ of the losses</source>
        <translation>Spearman ρ der Verluste</translation>
    </message>
    <message>
        <location filename="../ui/panels/SimilarityPanel.cpp" line="419"/>
        <source>Shake-up, all: mean |Δrank| / n</source>
        <translation>Rangverschiebung, alle: mittlere |ΔRang| / n</translation>
    </message>
    <message>
        <location filename="../ui/panels/SimilarityPanel.cpp" line="420"/>
        <source>Shake-up, top %1 % of row: mean |Δrank| / n</source>
        <translation>Rangverschiebung, Top %1 % der Zeile: mittlere |ΔRang| / n</translation>
    </message>
    <message>
        <location filename="../ui/panels/SimilarityPanel.cpp" line="425"/>
        <source>γ-set IoU (γ = %1)</source>
        <translation>γ-Set-IoU (γ = %1)</translation>
    </message>
    <message>
        <location filename="../ui/panels/SimilarityPanel.cpp" line="429"/>
        <source>γ-set overlap |A ∩ B| / |A| (γ = %1)</source>
        <translation>γ-Set-Überlappung |A ∩ B| / |A| (γ = %1)</translation>
    </message>
    <message>
        <location filename="../ui/panels/SimilarityPanel.cpp" line="448"/>
        <source>Click a cell to compare its two landscapes side by side.</source>
        <translation>Klicken Sie auf eine Zelle, um ihre beiden Landschaften nebeneinander zu vergleichen.</translation>
    </message>
    <message>
        <location filename="../ui/panels/SimilarityPanel.cpp" line="454"/>
        <source>Similarity</source>
        <translation>Ähnlichkeit</translation>
    </message>
    <message>
        <location filename="../ui/panels/SimilarityPanel.cpp" line="454"/>
        <source>Similarity — %1</source>
        <translation>Ähnlichkeit — %1</translation>
    </message>
</context>
<context>
    <name>hplx::SurfacePanel</name>
    <message>
        <location filename="../ui/panels/SurfacePanel.cpp" line="43"/>
        <source>3-D terrain</source>
        <translation>3-D-Gelände</translation>
    </message>
    <message>
        <location filename="../ui/panels/SurfacePanel.cpp" line="44"/>
        <source>Top-down map</source>
        <translation>Draufsicht-Karte</translation>
    </message>
    <message>
        <location filename="../ui/panels/SurfacePanel.cpp" line="45"/>
        <source>Contours</source>
        <translation>Höhenlinien</translation>
    </message>
    <message>
        <location filename="../ui/panels/SurfacePanel.cpp" line="47"/>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <location filename="../ui/panels/SurfacePanel.cpp" line="49"/>
        <source>Reset view</source>
        <translation>Ansicht zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/panels/SurfacePanel.cpp" line="54"/>
        <source>Colour:</source>
        <translation>Farbe:</translation>
    </message>
    <message>
        <location filename="../ui/panels/SurfacePanel.cpp" line="118"/>
        <source>Computing the embedding…</source>
        <translation>Die Einbettung wird berechnet…</translation>
    </message>
    <message>
        <location filename="../ui/panels/SurfacePanel.cpp" line="118"/>
        <source>Select a landscape.</source>
        <translation>Wählen Sie eine Landschaft aus.</translation>
    </message>
    <message>
        <location filename="../ui/panels/SurfacePanel.cpp" line="145"/>
        <source>Triangulating the surface</source>
        <translation>Oberfläche wird trianguliert</translation>
    </message>
    <message>
        <location filename="../ui/panels/SurfacePanel.cpp" line="165"/>
        <source>loss rank</source>
        <translation>Verlustrang</translation>
    </message>
    <message>
        <location filename="../ui/panels/SurfacePanel.cpp" line="166"/>
        <source>loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <location filename="../ui/panels/SurfacePanel.cpp" line="172"/>
        <source>%L1 points · T = %2</source>
        <translation>%L1 Punkte · T = %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/SurfacePanel.cpp" line="173"/>
        <source>HOPE embedding of the improving graph, reduced to 2-D by UMAP%1. T: trustworthiness (k = %2) of the layout against the HOPE input; 1 keeps every neighbourhood.</source>
        <translation>HOPE-Einbettung des Verbesserungsgraphen, mit UMAP auf 2-D reduziert%1. T: Vertrauenswürdigkeit (k = %2) des Layouts gegenüber der HOPE-Eingabe; 1 erhält jede Nachbarschaft.</translation>
    </message>
    <message>
        <location filename="../ui/panels/SurfacePanel.cpp" line="175"/>
        <source> (from the result cache)</source>
        <translation> (aus dem Ergebnis-Cache)</translation>
    </message>
    <message>
        <location filename="../ui/panels/SurfacePanel.cpp" line="156"/>
        <location filename="../ui/panels/SurfacePanel.cpp" line="189"/>
        <source>Loss rank</source>
        <translation>Verlustrang</translation>
    </message>
    <message>
        <location filename="../ui/panels/SurfacePanel.cpp" line="253"/>
        <source>Surface — %1</source>
        <translation>Oberfläche — %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/SurfacePanel.cpp" line="253"/>
        <source>Surface</source>
        <translation>Oberfläche</translation>
    </message>
    <message>
        <location filename="../ui/panels/SurfacePanel.cpp" line="260"/>
        <location filename="../ui/panels/SurfacePanel.cpp" line="281"/>
        <source>The 3-D view is not shown yet.</source>
        <translation>Die 3-D-Ansicht wird noch nicht angezeigt.</translation>
    </message>
</context>
<context>
    <name>hplx::Workspace</name>
    <message>
        <location filename="../ui/window/Workspace.cpp" line="151"/>
        <source>Loading %1</source>
        <translation>%1 wird geladen</translation>
    </message>
    <message>
        <location filename="../ui/window/Workspace.cpp" line="200"/>
        <source>Embedding of %1</source>
        <translation>Einbettung von %1</translation>
    </message>
    <message>
        <location filename="../ui/window/Workspace.cpp" line="230"/>
        <source>Local optima network of %1</source>
        <translation>Netzwerk lokaler Optima von %1</translation>
    </message>
    <message>
        <location filename="../ui/window/Workspace.cpp" line="268"/>
        <source>Metrics of %1</source>
        <translation>Maße von %1</translation>
    </message>
    <message>
        <location filename="../ui/window/Workspace.cpp" line="285"/>
        <source>Local optima of %1</source>
        <translation>Lokale Optima von %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="52"/>
        <source>Hyperparameter Landscape Explorer</source>
        <translation>Hyperparameter Landscape Explorer</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="57"/>
        <source>Landscape database to open (default: the bundled sample).</source>
        <translation>Zu öffnende Landschaftsdatenbank (Vorgabe: die mitgelieferte Beispieldatenbank).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="60"/>
        <source>Select the landscape with this id.</source>
        <translation>Die Landschaft mit dieser Nummer auswählen.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="63"/>
        <source>Landscape to compare with (id).</source>
        <translation>Landschaft zum Vergleich (Nummer).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="67"/>
        <source>Save a PNG of the main window once it is painted.</source>
        <translation>Ein PNG des Hauptfensters speichern, sobald es gezeichnet ist.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="69"/>
        <source>Quit after the screenshot.</source>
        <translation>Nach dem Bildschirmfoto beenden.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="72"/>
        <source>Central view to show: configurations, surface or lon.</source>
        <translation>Anzuzeigende zentrale Ansicht: configurations, surface oder lon.</translation>
    </message>
</context>
</TS>
