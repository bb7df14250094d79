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
    <name>hplx::ConfigurationDetails</name>
    <message>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="49"/>
        <source>Property</source>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="49"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="132"/>
        <source>Select a landscape to see its configurations.</source>
        <translation>Wählen Sie eine Landschaft aus, um ihre Konfigurationen zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="133"/>
        <source>Hover or select a configuration to see its details.</source>
        <translation>Zeigen Sie auf eine Konfiguration oder wählen Sie sie aus, um ihre Details zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="138"/>
        <source>&lt;b&gt;Configuration %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Konfiguration %1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="139"/>
        <source>&lt;b&gt;Global optimum&lt;/b&gt;: configuration %1 (hover or select another)</source>
        <translation>&lt;b&gt;Globales Optimum&lt;/b&gt;: Konfiguration %1 (auf eine andere zeigen oder eine andere auswählen)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="141"/>
        <source> — %n configurations selected</source>
        <translation>
            <numerusform> — %n Konfiguration ausgewählt</numerusform>
            <numerusform> — %n Konfigurationen ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="160"/>
        <source>Hyperparameters</source>
        <translation>Hyperparameter</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="165"/>
        <source>Losses</source>
        <translation>Verluste</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="169"/>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="177"/>
        <source>not evaluated</source>
        <translation>nicht ausgewertet</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="175"/>
        <source>In %1</source>
        <translation>In %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="177"/>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="180"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="180"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="181"/>
        <source>1 = lowest loss; tied configurations share their mean rank.</source>
        <translation>1 = niedrigster Verlust; gleichauf liegende Konfigurationen teilen sich ihren mittleren Rang.</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="183"/>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="187"/>
        <source>Local optimum</source>
        <translation>Lokales Optimum</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="183"/>
        <source>computing…</source>
        <translation>wird berechnet…</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="187"/>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="190"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="187"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="188"/>
        <source>No neighbour (one HP changed by one step) has a strictly lower loss.</source>
        <translation>Kein Nachbar (ein HP um einen Schritt geändert) hat einen echt niedrigeren Verlust.</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="190"/>
        <source>Global optimum</source>
        <translation>Globales Optimum</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="197"/>
        <source>Basin of</source>
        <translation>Becken von</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="198"/>
        <source>configuration %1 (loss %2, %3 configurations)</source>
        <translation>Konfiguration %1 (Verlust %2, %3 Konfigurationen)</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="199"/>
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
        <source>Cannot read &apos;%1&apos;: write conditions such as max_depth=3, learning_rate&lt;=0.1, loss&lt;0.2, rank&lt;=10 or optimum, separated by spaces or commas</source>
        <translation>&apos;%1&apos; kann nicht gelesen werden: Schreiben Sie Bedingungen wie max_depth=3, learning_rate&lt;=0.1, loss&lt;0.2, rank&lt;=10 oder optimum, getrennt durch Leerzeichen oder Kommas</translation>
    </message>
    <message>
        <location filename="../ui/model/ConfigurationTableModel.cpp" line="614"/>
        <source>&apos;optimum&apos; needs the local optima, which are not computed for this table yet</source>
        <translation>&apos;optimum&apos; benötigt die lokalen Optima, die für diese Tabelle noch nicht berechnet sind</translation>
    </message>
    <message>
        <location filename="../ui/model/ConfigurationTableModel.cpp" line="649"/>
        <source>&apos;%1&apos; is numeric: &apos;%2&apos; needs a number, not &apos;%3&apos;</source>
        <translation>&apos;%1&apos; ist numerisch: &apos;%2&apos; erfordert eine Zahl, nicht &apos;%3&apos;</translation>
    </message>
    <message>
        <location filename="../ui/model/ConfigurationTableModel.cpp" line="659"/>
        <source>&apos;%1&apos; has no value &apos;%2&apos; (its values: %3)</source>
        <translation>&apos;%1&apos; hat keinen Wert &apos;%2&apos; (mögliche Werte: %3)</translation>
    </message>
    <message>
        <location filename="../ui/model/ConfigurationTableModel.cpp" line="662"/>
        <source>&apos;%1&apos; is categorical: only = and != apply, not %2</source>
        <translation>&apos;%1&apos; ist kategorial: Nur = und != sind zulässig, nicht %2</translation>
    </message>
    <message>
        <location filename="../ui/model/ConfigurationTableModel.cpp" line="677"/>
        <source>Unknown name &apos;%1&apos; in the filter: use a hyperparameter (%2), loss, rank, config or optimum</source>
        <translation>Unbekannter Name &apos;%1&apos; im Filter: Verwenden Sie einen Hyperparameter (%2), loss, rank, config oder optimum</translation>
    </message>
    <message>
        <location filename="../ui/model/ConfigurationTableModel.cpp" line="680"/>
        <source>&apos;%1&apos; needs a landscape, and this table shows none</source>
        <translation>&apos;%1&apos; benötigt eine Landschaft, aber diese Tabelle zeigt keine</translation>
    </message>
    <message>
        <location filename="../ui/model/ConfigurationTableModel.cpp" line="683"/>
        <source>&apos;%1&apos; needs a number after %2, not &apos;%3&apos;</source>
        <translation>&apos;%1&apos; erfordert nach %2 eine Zahl, nicht &apos;%3&apos;</translation>
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
        <location filename="../ui/panels/LonPanel.cpp" line="21"/>
        <source>Reset view</source>
        <translation>Ansicht zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/panels/LonPanel.cpp" line="57"/>
        <source>Computing the local optima network…</source>
        <translation>Das Netzwerk lokaler Optima wird berechnet…</translation>
    </message>
    <message>
        <location filename="../ui/panels/LonPanel.cpp" line="57"/>
        <source>Select a landscape.</source>
        <translation>Wählen Sie eine Landschaft aus.</translation>
    </message>
    <message>
        <location filename="../ui/panels/LonPanel.cpp" line="70"/>
        <source>%L1 local optima · %L2 edges (%L3 monotonic) · escape rate %4</source>
        <translation>%L1 lokale Optima · %L2 Kanten (%L3 monoton) · Fluchtrate %4</translation>
    </message>
    <message>
        <location filename="../ui/panels/LonPanel.cpp" line="75"/>
        <source>Edges: 2-edit perturbations of an optimum that climb to another optimum at least %1 times; escape rate: the share of perturbations that leave their basin.</source>
        <translation>Kanten: 2-Schritt-Störungen eines Optimums, die mindestens %1-mal zu einem anderen Optimum aufsteigen; Fluchtrate: der Anteil der Störungen, die ihr Becken verlassen.</translation>
    </message>
</context>
<context>
    <name>hplx::MainWindow</name>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="122"/>
        <source>Hyperparameter</source>
        <translation>Hyperparameter</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="122"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="122"/>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="136"/>
        <source>Search space</source>
        <translation>Suchraum</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="215"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="370"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="371"/>
        <source>&amp;About HPLX</source>
        <translation>&amp;Über HPLX</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="372"/>
        <source>About HPLX</source>
        <translation>Über HPLX</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="373"/>
        <source>&lt;b&gt;HPLX %1&lt;/b&gt; — Hyperparameter Landscape Explorer.&lt;p&gt;Explore the loss landscapes of hyperparameter grids: local optima, basins, landscape metrics and similarity.</source>
        <translation>&lt;b&gt;HPLX %1&lt;/b&gt; — Hyperparameter Landscape Explorer.&lt;p&gt;Erkunden Sie die Verlustlandschaften von Hyperparameter-Gittern: lokale Optima, Becken, Landschaftsmaße und Ähnlichkeit.</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="322"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="132"/>
        <source>Jobs</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="135"/>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="139"/>
        <location filename="../ui/window/MainWindow.cpp" line="522"/>
        <source>Metrics</source>
        <translation>Maße</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/window/MainWindow.cpp" line="150"/>
        <source>%n job(s) running</source>
        <translation>
            <numerusform>%n Aufgabe läuft</numerusform>
            <numerusform>%n Aufgaben laufen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="189"/>
        <source>Click a landscape to explore it; Ctrl+click a second one to compare.</source>
        <translation>Klicken Sie auf eine Landschaft, um sie zu erkunden; Strg+Klick auf eine zweite vergleicht beide.</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="195"/>
        <source>Filter, e.g. “wine test”</source>
        <translation>Filter, z. B. „wine test“</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="208"/>
        <source>Landscapes</source>
        <translation>Landschaften</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="238"/>
        <source>Filter configurations, e.g. “max_depth=3 loss&lt;0.2 optimum”</source>
        <translation>Konfigurationen filtern, z. B. „max_depth=3 loss&lt;0.2 optimum“</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="239"/>
        <source>Conditions separated by spaces, all of which must hold: HP=value, HP&lt;=value, loss&lt;x, rank&lt;=n, config&gt;=id, optimum (local optima only).</source>
        <translation>Durch Leerzeichen getrennte Bedingungen, die alle erfüllt sein müssen: HP=Wert, HP&lt;=Wert, loss&lt;x, rank&lt;=n, config&gt;=id, optimum (nur lokale Optima).</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="255"/>
        <source>%L1 of %L2 configurations shown</source>
        <translation>%L1 von %L2 Konfigurationen angezeigt</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="273"/>
        <source>Configurations</source>
        <translation>Konfigurationen</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="277"/>
        <source>Surface</source>
        <translation>Oberfläche</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="281"/>
        <source>Local optima network</source>
        <translation>Netzwerk lokaler Optima</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="315"/>
        <source>Copy as TSV</source>
        <translation>Als TSV kopieren</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="323"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="325"/>
        <source>Open landscape database</source>
        <translation>Landschaftsdatenbank öffnen</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="326"/>
        <source>Landscape databases (*.db *.sqlite *.sqlite3 *.hplx);;All files (*)</source>
        <translation>Landschaftsdatenbanken (*.db *.sqlite *.sqlite3 *.hplx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="331"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="333"/>
        <source>&amp;Close</source>
        <translation>Sch&amp;ließen</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="336"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="338"/>
        <source>&amp;Configurations as CSV…</source>
        <translation>&amp;Konfigurationen als CSV…</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="339"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="340"/>
        <source>&amp;Metrics as CSV…</source>
        <translation>&amp;Maße als CSV…</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="343"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="347"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="348"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="351"/>
        <source>Select &amp;All Configurations</source>
        <translation>&amp;Alle Konfigurationen auswählen</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="360"/>
        <source>C&amp;lear Selection</source>
        <translation>Auswahl au&amp;fheben</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="364"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="378"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="387"/>
        <source>Cannot open %1</source>
        <translation>%1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="458"/>
        <source>Comparing the first two selected landscapes</source>
        <translation>Die ersten beiden ausgewählten Landschaften werden verglichen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/window/MainWindow.cpp" line="482"/>
        <source>%n related landscape(s) left out: %1</source>
        <translation>
            <numerusform>%n verwandte Landschaft ausgelassen: %1</numerusform>
            <numerusform>%n verwandte Landschaften ausgelassen: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="519"/>
        <source>Metrics — %1 / %2</source>
        <translation>Maße — %1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="557"/>
        <source>ordinal</source>
        <translation>ordinal</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="557"/>
        <source>categorical</source>
        <translation>kategorial</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/window/MainWindow.cpp" line="559"/>
        <source>%n value(s)</source>
        <translation>
            <numerusform>%n Wert</numerusform>
            <numerusform>%n Werte</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="580"/>
        <source>Copied to the clipboard</source>
        <translation>In die Zwischenablage kopiert</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="586"/>
        <source>Export configurations</source>
        <translation>Konfigurationen exportieren</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="596"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="602"/>
        <source>Cannot export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="602"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="591"/>
        <source>Export metrics</source>
        <translation>Maße exportieren</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="616"/>
        <source>The language changes when HPLX is started again</source>
        <translation>Die Sprache ändert sich beim nächsten Start von HPLX</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="699"/>
        <source>HPLX</source>
        <translation>HPLX</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="700"/>
        <source>No database open — use File ▸ Open or drop a database file here</source>
        <translation>Keine Datenbank geöffnet — Datei ▸ Öffnen wählen oder eine Datenbankdatei hierher ziehen</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="704"/>
        <source>%1 — HPLX</source>
        <translation>%1 — HPLX</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/window/MainWindow.cpp" line="705"/>
        <source>%1: %n landscape(s)</source>
        <translation>
            <numerusform>%1: %n Landschaft</numerusform>
            <numerusform>%1: %n Landschaften</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/window/MainWindow.cpp" line="707"/>
        <source>, %n search space(s)</source>
        <translation>
            <numerusform>, %n Suchraum</numerusform>
            <numerusform>, %n Suchräume</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="709"/>
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
    <name>hplx::SurfacePanel</name>
    <message>
        <location filename="../ui/panels/SurfacePanel.cpp" line="34"/>
        <source>3-D terrain</source>
        <translation>3-D-Gelände</translation>
    </message>
    <message>
        <location filename="../ui/panels/SurfacePanel.cpp" line="35"/>
        <source>Top-down map</source>
        <translation>Draufsicht-Karte</translation>
    </message>
    <message>
        <location filename="../ui/panels/SurfacePanel.cpp" line="36"/>
        <source>Contours</source>
        <translation>Höhenlinien</translation>
    </message>
    <message>
        <location filename="../ui/panels/SurfacePanel.cpp" line="38"/>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <location filename="../ui/panels/SurfacePanel.cpp" line="40"/>
        <source>Reset view</source>
        <translation>Ansicht zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/panels/SurfacePanel.cpp" line="45"/>
        <source>Colour:</source>
        <translation>Farbe:</translation>
    </message>
    <message>
        <location filename="../ui/panels/SurfacePanel.cpp" line="109"/>
        <source>Computing the embedding…</source>
        <translation>Die Einbettung wird berechnet…</translation>
    </message>
    <message>
        <location filename="../ui/panels/SurfacePanel.cpp" line="109"/>
        <source>Select a landscape.</source>
        <translation>Wählen Sie eine Landschaft aus.</translation>
    </message>
    <message>
        <location filename="../ui/panels/SurfacePanel.cpp" line="126"/>
        <source>loss rank</source>
        <translation>Verlustrang</translation>
    </message>
    <message>
        <location filename="../ui/panels/SurfacePanel.cpp" line="127"/>
        <source>loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <location filename="../ui/panels/SurfacePanel.cpp" line="133"/>
        <source>%L1 points · T = %2</source>
        <translation>%L1 Punkte · T = %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/SurfacePanel.cpp" line="134"/>
        <source>HOPE embedding of the improving graph, reduced to 2-D by UMAP%1. T: trustworthiness (k = %2) of the layout against the HOPE input; 1 keeps every neighbourhood.</source>
        <translation>HOPE-Einbettung des Verbesserungsgraphen, mit UMAP auf 2-D reduziert%1. T: Vertrauenswürdigkeit (k = %2) des Layouts gegenüber der HOPE-Eingabe; 1 erhält jede Nachbarschaft.</translation>
    </message>
    <message>
        <location filename="../ui/panels/SurfacePanel.cpp" line="136"/>
        <source> (from the result cache)</source>
        <translation> (aus dem Ergebnis-Cache)</translation>
    </message>
    <message>
        <location filename="../ui/panels/SurfacePanel.cpp" line="151"/>
        <source>Loss rank</source>
        <translation>Verlustrang</translation>
    </message>
</context>
<context>
    <name>hplx::Workspace</name>
    <message>
        <location filename="../ui/window/Workspace.cpp" line="175"/>
        <source>Loading %1</source>
        <translation>%1 wird geladen</translation>
    </message>
    <message>
        <location filename="../ui/window/Workspace.cpp" line="224"/>
        <source>Embedding of %1</source>
        <translation>Einbettung von %1</translation>
    </message>
    <message>
        <location filename="../ui/window/Workspace.cpp" line="254"/>
        <source>Local optima network of %1</source>
        <translation>Netzwerk lokaler Optima von %1</translation>
    </message>
    <message>
        <location filename="../ui/window/Workspace.cpp" line="289"/>
        <source>Metrics of %1</source>
        <translation>Maße von %1</translation>
    </message>
    <message>
        <location filename="../ui/window/Workspace.cpp" line="306"/>
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
