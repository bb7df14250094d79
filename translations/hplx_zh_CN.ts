<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>MetricDescriptions</name>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="36"/>
        <source>performance assortativity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="38"/>
        <source>random-walk autocorrelation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="40"/>
        <source>mean neutrality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="42"/>
        <source>neutrality-distance correlation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="44"/>
        <source>number of local optima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="46"/>
        <source>share of local optima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="48"/>
        <source>mean basin size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="50"/>
        <source>mean basin share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="52"/>
        <source>global optimum&apos;s basin share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="54"/>
        <source>fitness-distance correlation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="56"/>
        <source>fitness flattening index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="58"/>
        <source>mean distance to the global optimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="60"/>
        <source>gradient intensity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="62"/>
        <source>global-optimum accessibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="64"/>
        <source>basin size-loss correlation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="66"/>
        <source>generalisation gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="68"/>
        <source>rank correlation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="70"/>
        <source>shake-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="72"/>
        <source>top-set overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="74"/>
        <source>configurations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="76"/>
        <source>evaluated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="78"/>
        <source>edges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="80"/>
        <source>local optima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="82"/>
        <source>global optimum loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="89"/>
        <source>How strongly the losses at the two ends of a neighbour edge go together: near 1, neighbours of a good configuration are good as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="92"/>
        <source>How similar the losses stay along random walks from neighbour to neighbour: near 1 the landscape is smooth, near 0 it is rugged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="95"/>
        <source>The average share of a configuration&apos;s neighbours whose loss is within epsilon of its own: high values mean large flat regions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="98"/>
        <source>Rank correlation between a configuration&apos;s neutrality and its distance to the global optimum: negative when the landscape gets flatter near the optimum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="101"/>
        <source>How many configurations have no neighbour with a strictly lower loss.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="103"/>
        <source>The number of local optima divided by the number of evaluated configurations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="105"/>
        <source>The average number of configurations from which steepest descent ends in the same local optimum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="108"/>
        <source>The mean basin size as a share of the evaluated configurations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="110"/>
        <source>The share of evaluated configurations from which steepest descent reaches the global optimum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="112"/>
        <source>Rank correlation between the loss and the distance to the global optimum: positive when losses grow the further a configuration is from the best one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="115"/>
        <source>Whether the loss improvements shrink on the way to the global optimum: positive when greedy paths flatten out as they approach it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="118"/>
        <source>The average number of hyperparameter steps between a configuration and the global optimum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="120"/>
        <source>The average loss drop along an improving edge between neighbours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="122"/>
        <source>The share of configurations from which some strictly improving path of neighbours leads to the global optimum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="125"/>
        <source>Rank correlation between the basin size and the loss of the local optima: negative when better optima have larger basins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="128"/>
        <source>The test loss minus the train loss of a configuration: how much worse it does on unseen data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="130"/>
        <source>Rank correlation of the losses of two landscapes over the configurations both hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="132"/>
        <source>How far configurations move in the ranking between two landscapes, as a share of the number of configurations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="135"/>
        <source>How much the sets of best configurations of two landscapes overlap (intersection over union).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="137"/>
        <source>The number of configurations in the grid of the search space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="139"/>
        <source>The number of configurations that have a loss in this landscape.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="141"/>
        <source>The number of neighbour pairs among the evaluated configurations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="143"/>
        <source>The number of configurations without a strictly better neighbour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="145"/>
        <source>The lowest loss of the landscape, reached at the global optimum.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hplx::ConfigurationDetails</name>
    <message>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="49"/>
        <source>Property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="49"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="132"/>
        <source>Select a landscape to see its configurations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="133"/>
        <source>Hover or select a configuration to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="138"/>
        <source>&lt;b&gt;Configuration %1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="139"/>
        <source>&lt;b&gt;Global optimum&lt;/b&gt;: configuration %1 (hover or select another)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="141"/>
        <source> — %n configurations selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="160"/>
        <source>Hyperparameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="165"/>
        <source>Losses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="170"/>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="178"/>
        <source>not evaluated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="176"/>
        <source>In %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="178"/>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="181"/>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="181"/>
        <source>%1 of %2</source>
        <translation type="unfinished">%1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="182"/>
        <source>1 = lowest loss; tied configurations share their mean rank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="184"/>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="188"/>
        <source>Local optimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="184"/>
        <source>computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="188"/>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="191"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="188"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="189"/>
        <source>No neighbour (one HP changed by one step) has a strictly lower loss.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="191"/>
        <source>Global optimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="197"/>
        <source>Basin of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="197"/>
        <source>configuration %1 (loss %2, %3 configurations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="200"/>
        <source>The local optimum that steepest descent from this configuration reaches.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hplx::ConfigurationTableModel</name>
    <message>
        <location filename="../ui/model/ConfigurationTableModel.cpp" line="327"/>
        <source>Configuration %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model/ConfigurationTableModel.cpp" line="332"/>
        <source>%1
%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model/ConfigurationTableModel.cpp" line="333"/>
        <source>%1
%2: not evaluated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model/ConfigurationTableModel.cpp" line="336"/>
        <source>%1
Not evaluated in the primary landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model/ConfigurationTableModel.cpp" line="337"/>
        <source>%1
Rank %2 of %3 (1 = best; ties share the average rank)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model/ConfigurationTableModel.cpp" line="342"/>
        <source>%1
In the greedy basin of local optimum %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model/ConfigurationTableModel.cpp" line="368"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model/ConfigurationTableModel.cpp" line="384"/>
        <source>Configuration id: the position in the grid, the last hyperparameter varying fastest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model/ConfigurationTableModel.cpp" line="385"/>
        <source>config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model/ConfigurationTableModel.cpp" line="390"/>
        <source>Ordinal hyperparameter, %1 values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model/ConfigurationTableModel.cpp" line="391"/>
        <source>Categorical hyperparameter, %1 values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model/ConfigurationTableModel.cpp" line="400"/>
        <source> (primary: loss and rank in the filter refer to it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model/ConfigurationTableModel.cpp" line="404"/>
        <source>Rank of the loss in %1 (1 = best; ties share the average rank)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model/ConfigurationTableModel.cpp" line="407"/>
        <source>rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model/ConfigurationTableModel.cpp" line="409"/>
        <source>No neighbour has a strictly lower loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model/ConfigurationTableModel.cpp" line="409"/>
        <source>local optimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model/ConfigurationTableModel.cpp" line="411"/>
        <source>The local optimum that steepest descent reaches from this configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model/ConfigurationTableModel.cpp" line="411"/>
        <source>basin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model/ConfigurationTableModel.cpp" line="583"/>
        <source>There are no configurations to filter: no search space is shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model/ConfigurationTableModel.cpp" line="609"/>
        <source>Cannot read &apos;%1&apos;: write conditions such as max_depth=3, learning_rate&lt;=0.1, loss&lt;0.2, rank&lt;=10 or optimum, separated by spaces or commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model/ConfigurationTableModel.cpp" line="614"/>
        <source>&apos;optimum&apos; needs the local optima, which are not computed for this table yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model/ConfigurationTableModel.cpp" line="649"/>
        <source>&apos;%1&apos; is numeric: &apos;%2&apos; needs a number, not &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model/ConfigurationTableModel.cpp" line="659"/>
        <source>&apos;%1&apos; has no value &apos;%2&apos; (its values: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model/ConfigurationTableModel.cpp" line="662"/>
        <source>&apos;%1&apos; is categorical: only = and != apply, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model/ConfigurationTableModel.cpp" line="677"/>
        <source>Unknown name &apos;%1&apos; in the filter: use a hyperparameter (%2), loss, rank, config or optimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model/ConfigurationTableModel.cpp" line="680"/>
        <source>&apos;%1&apos; needs a landscape, and this table shows none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model/ConfigurationTableModel.cpp" line="683"/>
        <source>&apos;%1&apos; needs a number after %2, not &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hplx::JobRunner</name>
    <message>
        <location filename="../ui/jobs/JobRunner.cpp" line="199"/>
        <location filename="../ui/jobs/JobRunner.cpp" line="202"/>
        <source>Unknown error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hplx::JobsPanel</name>
    <message>
        <location filename="../ui/jobs/JobsPanel.cpp" line="35"/>
        <source>No running jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsPanel.cpp" line="79"/>
        <source>almost done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsPanel.cpp" line="82"/>
        <source>about %1 s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsPanel.cpp" line="85"/>
        <source>about %1 min left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsPanel.cpp" line="87"/>
        <source>about %1 h left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsPanel.cpp" line="118"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsPanel.cpp" line="119"/>
        <source>Cancel “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsPanel.cpp" line="165"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsPanel.cpp" line="169"/>
        <source>Waiting for a free thread…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hplx::LandscapeTableModel</name>
    <message>
        <source>Complete: every configuration of the grid was evaluated</source>
        <translation type="vanished">完整：网格中的每个配置都已评估</translation>
    </message>
    <message>
        <source>Partial: %1 of %2 configurations evaluated</source>
        <translation type="vanished">部分：已评估 %2 个配置中的 %1 个</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="vanished">%1 / %2</translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="vanished">编号</translation>
    </message>
    <message>
        <source>Search space</source>
        <translation type="vanished">搜索空间</translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="vanished">模型</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation type="vanished">数据集</translation>
    </message>
    <message>
        <source>Fidelity</source>
        <translation type="vanished">保真度</translation>
    </message>
    <message>
        <source>Split</source>
        <translation type="vanished">数据划分</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation type="vanished">损失</translation>
    </message>
    <message>
        <source>Configurations</source>
        <translation type="vanished">配置数</translation>
    </message>
</context>
<context>
    <name>hplx::LandscapeTreeModel</name>
    <message>
        <location filename="../ui/model/LandscapeTreeModel.cpp" line="211"/>
        <source>%1 / %2 configs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model/LandscapeTreeModel.cpp" line="212"/>
        <source>1 landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model/LandscapeTreeModel.cpp" line="212"/>
        <source>%1 landscapes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model/LandscapeTreeModel.cpp" line="220"/>
        <source>complete grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model/LandscapeTreeModel.cpp" line="221"/>
        <source>partial: %1 of %2 configurations evaluated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model/LandscapeTreeModel.cpp" line="223"/>
        <source>%1
Landscape %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model/LandscapeTreeModel.cpp" line="257"/>
        <source>Landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model/LandscapeTreeModel.cpp" line="259"/>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hplx::MainWindow</name>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="119"/>
        <source>Hyperparameter</source>
        <translation>超参数</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="119"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="119"/>
        <source>Values</source>
        <translation>取值</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="132"/>
        <source>Search space</source>
        <translation>搜索空间</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="212"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="339"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="340"/>
        <source>&amp;About HPLX</source>
        <translation>关于 HPLX(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="341"/>
        <source>About HPLX</source>
        <translation>关于 HPLX</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="342"/>
        <source>&lt;b&gt;HPLX %1&lt;/b&gt; — Hyperparameter Landscape Explorer.&lt;p&gt;Explore the loss landscapes of hyperparameter grids: local optima, basins, landscape metrics and similarity.</source>
        <translation>&lt;b&gt;HPLX %1&lt;/b&gt; — 超参数损失景观浏览器。&lt;p&gt;探索超参数网格的损失景观：局部最优、吸引盆、景观指标与相似性。</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="292"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="129"/>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="131"/>
        <source>Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="135"/>
        <location filename="../ui/window/MainWindow.cpp" line="488"/>
        <source>Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/window/MainWindow.cpp" line="146"/>
        <source>%n job(s) running</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="186"/>
        <source>Click a landscape to explore it; Ctrl+click a second one to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="192"/>
        <source>Filter, e.g. “wine test”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="205"/>
        <source>Landscapes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="235"/>
        <source>Filter configurations, e.g. “max_depth=3 loss&lt;0.2 optimum”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="236"/>
        <source>Conditions separated by spaces, all of which must hold: HP=value, HP&lt;=value, loss&lt;x, rank&lt;=n, config&gt;=id, optimum (local optima only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="251"/>
        <source>%L1 of %L2 configurations shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="285"/>
        <source>Copy as TSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="293"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="295"/>
        <source>Open landscape database</source>
        <translation>打开景观数据库</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="296"/>
        <source>Landscape databases (*.db *.sqlite *.sqlite3 *.hplx);;All files (*)</source>
        <translation>景观数据库 (*.db *.sqlite *.sqlite3 *.hplx);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="301"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="303"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="306"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="308"/>
        <source>&amp;Configurations as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="309"/>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="310"/>
        <source>&amp;Metrics as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="313"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="317"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="318"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="321"/>
        <source>Select &amp;All Configurations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="329"/>
        <source>C&amp;lear Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="333"/>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="347"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="356"/>
        <source>Cannot open %1</source>
        <translation>无法打开 %1</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="427"/>
        <source>Comparing the first two selected landscapes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/window/MainWindow.cpp" line="450"/>
        <source>%n related landscape(s) left out: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="485"/>
        <source>Metrics — %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="523"/>
        <source>ordinal</source>
        <translation>有序</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="523"/>
        <source>categorical</source>
        <translation>类别</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/window/MainWindow.cpp" line="525"/>
        <source>%n value(s)</source>
        <translation>
            <numerusform>%n 个取值</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="546"/>
        <source>Copied to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="553"/>
        <source>Export configurations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="554"/>
        <location filename="../ui/window/MainWindow.cpp" line="566"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="560"/>
        <location filename="../ui/window/MainWindow.cpp" line="572"/>
        <source>Cannot export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="560"/>
        <location filename="../ui/window/MainWindow.cpp" line="572"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="566"/>
        <source>Export metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="586"/>
        <source>The language changes when HPLX is started again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="633"/>
        <source>HPLX</source>
        <translation>HPLX</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="634"/>
        <source>No database open — use File ▸ Open or drop a database file here</source>
        <translation>未打开数据库 — 请使用 文件 ▸ 打开，或将数据库文件拖放到此处</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="638"/>
        <source>%1 — HPLX</source>
        <translation>%1 — HPLX</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/window/MainWindow.cpp" line="639"/>
        <source>%1: %n landscape(s)</source>
        <translation>
            <numerusform>%1：%n 个景观</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/window/MainWindow.cpp" line="641"/>
        <source>, %n search space(s)</source>
        <translation>
            <numerusform>，%n 个搜索空间</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="643"/>
        <source> — showing %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hplx::MetricTableModel</name>
    <message>
        <location filename="../ui/model/MetricTableModel.cpp" line="29"/>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model/MetricTableModel.cpp" line="42"/>
        <source>landscape %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model/MetricTableModel.cpp" line="185"/>
        <source>Configuration %1 (%2 configurations share this loss)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model/MetricTableModel.cpp" line="190"/>
        <source>Partial landscape: metrics use the evaluated configurations only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model/MetricTableModel.cpp" line="195"/>
        <source>Not computed for this landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model/MetricTableModel.cpp" line="198"/>
        <source>undefined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model/MetricTableModel.cpp" line="214"/>
        <source>metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model/MetricTableModel.cpp" line="216"/>
        <source>variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model/MetricTableModel.cpp" line="218"/>
        <source>parameters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hplx::SettingsDialog</name>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="32"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="34"/>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="39"/>
        <source>Colour map:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="42"/>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="46"/>
        <source>Takes effect when HPLX is started again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="47"/>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="49"/>
        <source>Landscape metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="56"/>
        <source>Neighbours whose losses differ by at most ε count as neutral (ν).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="57"/>
        <source>Neutrality ε:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="58"/>
        <source>ε is a share of the loss range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="62"/>
        <source>Random walks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="64"/>
        <source>Walk length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="66"/>
        <location filename="../ui/settings/SettingsDialog.cpp" line="81"/>
        <source>Seed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="68"/>
        <source>Embedding (HOPE + UMAP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="71"/>
        <source>UMAP neighbours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="77"/>
        <source>UMAP minimum distance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="79"/>
        <source>UMAP epochs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="83"/>
        <source>Background jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="86"/>
        <source>One per core (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="87"/>
        <source>Worker threads:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hplx::Workspace</name>
    <message>
        <location filename="../ui/window/Workspace.cpp" line="170"/>
        <source>Loading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/Workspace.cpp" line="217"/>
        <source>Embedding of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/Workspace.cpp" line="250"/>
        <source>Metrics of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/Workspace.cpp" line="267"/>
        <source>Local optima of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="49"/>
        <source>Hyperparameter Landscape Explorer</source>
        <translation>超参数损失景观浏览器</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="54"/>
        <source>Landscape database to open (default: the bundled sample).</source>
        <translation>要打开的景观数据库（默认：随附的示例数据库）。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="57"/>
        <source>Select the landscape with this id.</source>
        <translation>选择具有此编号的景观。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="60"/>
        <source>Landscape to compare with (id).</source>
        <translation>用于比较的景观（编号）。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="64"/>
        <source>Save a PNG of the main window once it is painted.</source>
        <translation>主窗口绘制完成后将其保存为 PNG。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="66"/>
        <source>Quit after the screenshot.</source>
        <translation>截图后退出。</translation>
    </message>
</context>
</TS>
