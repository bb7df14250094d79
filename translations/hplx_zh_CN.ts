<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>MetricDescriptions</name>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="36"/>
        <source>performance assortativity</source>
        <translation>性能同配性</translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="38"/>
        <source>random-walk autocorrelation</source>
        <translation>随机游走自相关</translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="40"/>
        <source>mean neutrality</source>
        <translation>平均中性度</translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="42"/>
        <source>neutrality-distance correlation</source>
        <translation>中性度-距离相关性</translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="44"/>
        <source>number of local optima</source>
        <translation>局部最优数量</translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="46"/>
        <source>share of local optima</source>
        <translation>局部最优占比</translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="48"/>
        <source>mean basin size</source>
        <translation>平均吸引盆大小</translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="50"/>
        <source>mean basin share</source>
        <translation>平均吸引盆占比</translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="52"/>
        <source>global optimum&apos;s basin share</source>
        <translation>全局最优的吸引盆占比</translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="54"/>
        <source>fitness-distance correlation</source>
        <translation>适应度-距离相关性</translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="56"/>
        <source>fitness flattening index</source>
        <translation>适应度平坦化指数</translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="58"/>
        <source>mean distance to the global optimum</source>
        <translation>到全局最优的平均距离</translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="60"/>
        <source>gradient intensity</source>
        <translation>梯度强度</translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="62"/>
        <source>global-optimum accessibility</source>
        <translation>全局最优可达性</translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="64"/>
        <source>basin size-loss correlation</source>
        <translation>吸引盆大小-损失相关性</translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="66"/>
        <source>generalisation gap</source>
        <translation>泛化差距</translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="68"/>
        <source>rank correlation</source>
        <translation>秩相关</translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="70"/>
        <source>shake-up</source>
        <translation>排名变动</translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="72"/>
        <source>top-set overlap</source>
        <translation>最优集重叠度</translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="74"/>
        <source>configurations</source>
        <translation>配置数</translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="76"/>
        <source>evaluated</source>
        <translation>已评估</translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="78"/>
        <source>edges</source>
        <translation>边数</translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="80"/>
        <source>local optima</source>
        <translation>局部最优</translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="82"/>
        <source>global optimum loss</source>
        <translation>全局最优损失</translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="89"/>
        <source>How strongly the losses at the two ends of a neighbour edge go together: near 1, neighbours of a good configuration are good as well.</source>
        <translation>邻接边两端损失的关联程度：接近 1 时，好配置的邻居同样是好配置。</translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="92"/>
        <source>How similar the losses stay along random walks from neighbour to neighbour: near 1 the landscape is smooth, near 0 it is rugged.</source>
        <translation>沿随机游走在相邻配置间移动时损失保持相似的程度：接近 1 表示景观平滑，接近 0 表示景观崎岖。</translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="95"/>
        <source>The average share of a configuration&apos;s neighbours whose loss is within epsilon of its own: high values mean large flat regions.</source>
        <translation>配置的邻居中损失与其自身相差不超过 epsilon 者所占的平均比例：值越高表示平坦区域越大。</translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="98"/>
        <source>Rank correlation between a configuration&apos;s neutrality and its distance to the global optimum: negative when the landscape gets flatter near the optimum.</source>
        <translation>配置的中性度与其到全局最优距离之间的秩相关：若景观在最优附近变得更平坦，则为负值。</translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="101"/>
        <source>How many configurations have no neighbour with a strictly lower loss.</source>
        <translation>没有任何邻居的损失严格更低的配置数量。</translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="103"/>
        <source>The number of local optima divided by the number of evaluated configurations.</source>
        <translation>局部最优数量除以已评估配置的数量。</translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="105"/>
        <source>The average number of configurations from which steepest descent ends in the same local optimum.</source>
        <translation>经最速下降终止于同一局部最优的配置的平均数量。</translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="108"/>
        <source>The mean basin size as a share of the evaluated configurations.</source>
        <translation>平均吸引盆大小占已评估配置的比例。</translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="110"/>
        <source>The share of evaluated configurations from which steepest descent reaches the global optimum.</source>
        <translation>经最速下降可到达全局最优的已评估配置所占的比例。</translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="112"/>
        <source>Rank correlation between the loss and the distance to the global optimum: positive when losses grow the further a configuration is from the best one.</source>
        <translation>损失与到全局最优距离之间的秩相关：若配置离最佳配置越远损失越大，则为正值。</translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="115"/>
        <source>Whether the loss improvements shrink on the way to the global optimum: positive when greedy paths flatten out as they approach it.</source>
        <translation>通往全局最优的路径上损失改进是否逐渐减小：若贪心路径在接近全局最优时趋于平缓，则为正值。</translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="118"/>
        <source>The average number of hyperparameter steps between a configuration and the global optimum.</source>
        <translation>配置与全局最优之间相隔的超参数步数的平均值。</translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="120"/>
        <source>The average loss drop along an improving edge between neighbours.</source>
        <translation>相邻配置之间改进边上损失下降量的平均值。</translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="122"/>
        <source>The share of configurations from which some strictly improving path of neighbours leads to the global optimum.</source>
        <translation>存在一条经由邻居、损失严格递减并通往全局最优的路径的配置所占的比例。</translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="125"/>
        <source>Rank correlation between the basin size and the loss of the local optima: negative when better optima have larger basins.</source>
        <translation>局部最优的吸引盆大小与其损失之间的秩相关：若更优的局部最优拥有更大的吸引盆，则为负值。</translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="128"/>
        <source>The test loss minus the train loss of a configuration: how much worse it does on unseen data.</source>
        <translation>配置的测试损失减去训练损失：衡量其在未见数据上的表现差多少。</translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="130"/>
        <source>Rank correlation of the losses of two landscapes over the configurations both hold.</source>
        <translation>两个景观在其共有配置上的损失秩相关。</translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="132"/>
        <source>How far configurations move in the ranking between two landscapes, as a share of the number of configurations.</source>
        <translation>配置在两个景观之间排名变动的幅度，以占配置数量的比例表示。</translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="135"/>
        <source>How much the sets of best configurations of two landscapes overlap (intersection over union).</source>
        <translation>两个景观的最佳配置集合的重叠程度（交集除以并集）。</translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="137"/>
        <source>The number of configurations in the grid of the search space.</source>
        <translation>搜索空间网格中的配置数量。</translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="139"/>
        <source>The number of configurations that have a loss in this landscape.</source>
        <translation>在此景观中具有损失值的配置数量。</translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="141"/>
        <source>The number of neighbour pairs among the evaluated configurations.</source>
        <translation>已评估配置中相邻配置对的数量。</translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="143"/>
        <source>The number of configurations without a strictly better neighbour.</source>
        <translation>没有严格更优邻居的配置数量。</translation>
    </message>
    <message>
        <location filename="../ui/model/MetricDescriptions.cpp" line="145"/>
        <source>The lowest loss of the landscape, reached at the global optimum.</source>
        <translation>景观的最低损失，在全局最优处取得。</translation>
    </message>
</context>
<context>
    <name>hplx::ConfigurationDetails</name>
    <message>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="49"/>
        <source>Property</source>
        <translation>属性</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="49"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="132"/>
        <source>Select a landscape to see its configurations.</source>
        <translation>选择一个景观以查看其配置。</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="133"/>
        <source>Hover or select a configuration to see its details.</source>
        <translation>将鼠标悬停在配置上或选中配置以查看其详细信息。</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="138"/>
        <source>&lt;b&gt;Configuration %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;配置 %1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="139"/>
        <source>&lt;b&gt;Global optimum&lt;/b&gt;: configuration %1 (hover or select another)</source>
        <translation>&lt;b&gt;全局最优&lt;/b&gt;：配置 %1（悬停或选择其他配置）</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="141"/>
        <source> — %n configurations selected</source>
        <translation>
            <numerusform> — 已选择 %n 个配置</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="160"/>
        <source>Hyperparameters</source>
        <translation>超参数</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="165"/>
        <source>Losses</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="169"/>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="177"/>
        <source>not evaluated</source>
        <translation>未评估</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="175"/>
        <source>In %1</source>
        <translation>在 %1 中</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="177"/>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="180"/>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="180"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="181"/>
        <source>1 = lowest loss; tied configurations share their mean rank.</source>
        <translation>1 = 损失最低；并列的配置取其平均排名。</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="183"/>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="187"/>
        <source>Local optimum</source>
        <translation>局部最优</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="183"/>
        <source>computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="187"/>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="190"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="187"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="188"/>
        <source>No neighbour (one HP changed by one step) has a strictly lower loss.</source>
        <translation>没有任何邻居（仅一个 HP 改变一步）的损失严格更低。</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="190"/>
        <source>Global optimum</source>
        <translation>全局最优</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="197"/>
        <source>Basin of</source>
        <translation>所属吸引盆</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="198"/>
        <source>configuration %1 (loss %2, %3 configurations)</source>
        <translation>配置 %1（损失 %2，%3 个配置）</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="199"/>
        <source>The local optimum that steepest descent from this configuration reaches.</source>
        <translation>从该配置出发经最速下降所到达的局部最优。</translation>
    </message>
</context>
<context>
    <name>hplx::ConfigurationTableModel</name>
    <message>
        <location filename="../ui/model/ConfigurationTableModel.cpp" line="327"/>
        <source>Configuration %1: %2</source>
        <translation>配置 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/model/ConfigurationTableModel.cpp" line="332"/>
        <source>%1
%2: %3</source>
        <translation>%1
%2：%3</translation>
    </message>
    <message>
        <location filename="../ui/model/ConfigurationTableModel.cpp" line="333"/>
        <source>%1
%2: not evaluated</source>
        <translation>%1
%2：未评估</translation>
    </message>
    <message>
        <location filename="../ui/model/ConfigurationTableModel.cpp" line="336"/>
        <source>%1
Not evaluated in the primary landscape</source>
        <translation>%1
在主景观中未评估</translation>
    </message>
    <message>
        <location filename="../ui/model/ConfigurationTableModel.cpp" line="337"/>
        <source>%1
Rank %2 of %3 (1 = best; ties share the average rank)</source>
        <translation>%1
排名 %2 / %3（1 = 最佳；并列者取平均排名）</translation>
    </message>
    <message>
        <location filename="../ui/model/ConfigurationTableModel.cpp" line="342"/>
        <source>%1
In the greedy basin of local optimum %2: %3</source>
        <translation>%1
位于局部最优 %2 的贪心吸引盆中：%3</translation>
    </message>
    <message>
        <location filename="../ui/model/ConfigurationTableModel.cpp" line="368"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../ui/model/ConfigurationTableModel.cpp" line="384"/>
        <source>Configuration id: the position in the grid, the last hyperparameter varying fastest</source>
        <translation>配置编号：在网格中的位置，最后一个超参数变化最快</translation>
    </message>
    <message>
        <location filename="../ui/model/ConfigurationTableModel.cpp" line="385"/>
        <source>config</source>
        <translation>配置</translation>
    </message>
    <message>
        <location filename="../ui/model/ConfigurationTableModel.cpp" line="390"/>
        <source>Ordinal hyperparameter, %1 values</source>
        <translation>有序超参数，%1 个取值</translation>
    </message>
    <message>
        <location filename="../ui/model/ConfigurationTableModel.cpp" line="391"/>
        <source>Categorical hyperparameter, %1 values</source>
        <translation>类别超参数，%1 个取值</translation>
    </message>
    <message>
        <location filename="../ui/model/ConfigurationTableModel.cpp" line="400"/>
        <source> (primary: loss and rank in the filter refer to it)</source>
        <translation> （主景观：筛选条件中的 loss 和 rank 均指此景观）</translation>
    </message>
    <message>
        <location filename="../ui/model/ConfigurationTableModel.cpp" line="404"/>
        <source>Rank of the loss in %1 (1 = best; ties share the average rank)</source>
        <translation>损失在 %1 中的排名（1 = 最佳；并列者取平均排名）</translation>
    </message>
    <message>
        <location filename="../ui/model/ConfigurationTableModel.cpp" line="407"/>
        <source>rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../ui/model/ConfigurationTableModel.cpp" line="409"/>
        <source>No neighbour has a strictly lower loss</source>
        <translation>没有邻居的损失严格更低</translation>
    </message>
    <message>
        <location filename="../ui/model/ConfigurationTableModel.cpp" line="409"/>
        <source>local optimum</source>
        <translation>局部最优</translation>
    </message>
    <message>
        <location filename="../ui/model/ConfigurationTableModel.cpp" line="411"/>
        <source>The local optimum that steepest descent reaches from this configuration</source>
        <translation>从该配置出发经最速下降所到达的局部最优</translation>
    </message>
    <message>
        <location filename="../ui/model/ConfigurationTableModel.cpp" line="411"/>
        <source>basin</source>
        <translation>吸引盆</translation>
    </message>
    <message>
        <location filename="../ui/model/ConfigurationTableModel.cpp" line="583"/>
        <source>There are no configurations to filter: no search space is shown</source>
        <translation>没有可筛选的配置：当前未显示任何搜索空间</translation>
    </message>
    <message>
        <location filename="../ui/model/ConfigurationTableModel.cpp" line="609"/>
        <source>Cannot read &apos;%1&apos;: write conditions such as max_depth=3, learning_rate&lt;=0.1, loss&lt;0.2, rank&lt;=10 or optimum, separated by spaces or commas</source>
        <translation>无法解析“%1”：请输入如 max_depth=3、learning_rate&lt;=0.1、loss&lt;0.2、rank&lt;=10 或 optimum 之类的条件，以空格或逗号分隔</translation>
    </message>
    <message>
        <location filename="../ui/model/ConfigurationTableModel.cpp" line="614"/>
        <source>&apos;optimum&apos; needs the local optima, which are not computed for this table yet</source>
        <translation>“optimum”需要局部最优，但此表尚未计算局部最优</translation>
    </message>
    <message>
        <location filename="../ui/model/ConfigurationTableModel.cpp" line="649"/>
        <source>&apos;%1&apos; is numeric: &apos;%2&apos; needs a number, not &apos;%3&apos;</source>
        <translation>“%1”为数值型：“%2”需要一个数字，而不是“%3”</translation>
    </message>
    <message>
        <location filename="../ui/model/ConfigurationTableModel.cpp" line="659"/>
        <source>&apos;%1&apos; has no value &apos;%2&apos; (its values: %3)</source>
        <translation>“%1”没有取值“%2”（其取值为：%3）</translation>
    </message>
    <message>
        <location filename="../ui/model/ConfigurationTableModel.cpp" line="662"/>
        <source>&apos;%1&apos; is categorical: only = and != apply, not %2</source>
        <translation>“%1”为类别型：只能使用 = 和 !=，不能使用 %2</translation>
    </message>
    <message>
        <location filename="../ui/model/ConfigurationTableModel.cpp" line="677"/>
        <source>Unknown name &apos;%1&apos; in the filter: use a hyperparameter (%2), loss, rank, config or optimum</source>
        <translation>筛选条件中的名称“%1”未知：请使用超参数（%2）、loss、rank、config 或 optimum</translation>
    </message>
    <message>
        <location filename="../ui/model/ConfigurationTableModel.cpp" line="680"/>
        <source>&apos;%1&apos; needs a landscape, and this table shows none</source>
        <translation>“%1”需要一个景观，但此表未显示任何景观</translation>
    </message>
    <message>
        <location filename="../ui/model/ConfigurationTableModel.cpp" line="683"/>
        <source>&apos;%1&apos; needs a number after %2, not &apos;%3&apos;</source>
        <translation>“%1”在 %2 之后需要一个数字，而不是“%3”</translation>
    </message>
</context>
<context>
    <name>hplx::JobRunner</name>
    <message>
        <location filename="../ui/jobs/JobRunner.cpp" line="199"/>
        <location filename="../ui/jobs/JobRunner.cpp" line="202"/>
        <source>Unknown error</source>
        <translation>未知错误</translation>
    </message>
</context>
<context>
    <name>hplx::JobsPanel</name>
    <message>
        <location filename="../ui/jobs/JobsPanel.cpp" line="35"/>
        <source>No running jobs</source>
        <translation>没有正在运行的任务</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsPanel.cpp" line="79"/>
        <source>almost done</source>
        <translation>即将完成</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsPanel.cpp" line="82"/>
        <source>about %1 s left</source>
        <translation>剩余约 %1 秒</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsPanel.cpp" line="85"/>
        <source>about %1 min left</source>
        <translation>剩余约 %1 分钟</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsPanel.cpp" line="87"/>
        <source>about %1 h left</source>
        <translation>剩余约 %1 小时</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsPanel.cpp" line="118"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsPanel.cpp" line="119"/>
        <source>Cancel “%1”</source>
        <translation>取消“%1”</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsPanel.cpp" line="165"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsPanel.cpp" line="169"/>
        <source>Waiting for a free thread…</source>
        <translation>正在等待空闲线程…</translation>
    </message>
</context>
<context>
    <name>hplx::LandscapeTreeModel</name>
    <message>
        <location filename="../ui/model/LandscapeTreeModel.cpp" line="211"/>
        <source>%1 / %2 configs</source>
        <translation>%1 / %2 个配置</translation>
    </message>
    <message>
        <location filename="../ui/model/LandscapeTreeModel.cpp" line="212"/>
        <source>1 landscape</source>
        <translation>1 个景观</translation>
    </message>
    <message>
        <location filename="../ui/model/LandscapeTreeModel.cpp" line="212"/>
        <source>%1 landscapes</source>
        <translation>%1 个景观</translation>
    </message>
    <message>
        <location filename="../ui/model/LandscapeTreeModel.cpp" line="220"/>
        <source>complete grid</source>
        <translation>完整网格</translation>
    </message>
    <message>
        <location filename="../ui/model/LandscapeTreeModel.cpp" line="221"/>
        <source>partial: %1 of %2 configurations evaluated</source>
        <translation>部分：已评估 %2 个配置中的 %1 个</translation>
    </message>
    <message>
        <location filename="../ui/model/LandscapeTreeModel.cpp" line="223"/>
        <source>%1
Landscape %2, %3</source>
        <translation>%1
景观 %2，%3</translation>
    </message>
    <message>
        <location filename="../ui/model/LandscapeTreeModel.cpp" line="257"/>
        <source>Landscape</source>
        <translation>景观</translation>
    </message>
    <message>
        <location filename="../ui/model/LandscapeTreeModel.cpp" line="259"/>
        <source>Count</source>
        <translation>数量</translation>
    </message>
</context>
<context>
    <name>hplx::LonPanel</name>
    <message>
        <location filename="../ui/panels/LonPanel.cpp" line="21"/>
        <source>Reset view</source>
        <translation>重置视图</translation>
    </message>
    <message>
        <location filename="../ui/panels/LonPanel.cpp" line="57"/>
        <source>Computing the local optima network…</source>
        <translation>正在计算局部最优网络…</translation>
    </message>
    <message>
        <location filename="../ui/panels/LonPanel.cpp" line="57"/>
        <source>Select a landscape.</source>
        <translation>请选择一个景观。</translation>
    </message>
    <message>
        <location filename="../ui/panels/LonPanel.cpp" line="70"/>
        <source>%L1 local optima · %L2 edges (%L3 monotonic) · escape rate %4</source>
        <translation>%L1 个局部最优 · %L2 条边（%L3 条单调）· 逃逸率 %4</translation>
    </message>
    <message>
        <location filename="../ui/panels/LonPanel.cpp" line="75"/>
        <source>Edges: 2-edit perturbations of an optimum that climb to another optimum at least %1 times; escape rate: the share of perturbations that leave their basin.</source>
        <translation>边：从一个最优点出发的二步扰动至少 %1 次爬升到另一个最优点；逃逸率：离开其吸引盆的扰动所占比例。</translation>
    </message>
</context>
<context>
    <name>hplx::MainWindow</name>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="122"/>
        <source>Hyperparameter</source>
        <translation>超参数</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="122"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="122"/>
        <source>Values</source>
        <translation>取值</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="136"/>
        <source>Search space</source>
        <translation>搜索空间</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="215"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="370"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="371"/>
        <source>&amp;About HPLX</source>
        <translation>关于 HPLX(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="372"/>
        <source>About HPLX</source>
        <translation>关于 HPLX</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="373"/>
        <source>&lt;b&gt;HPLX %1&lt;/b&gt; — Hyperparameter Landscape Explorer.&lt;p&gt;Explore the loss landscapes of hyperparameter grids: local optima, basins, landscape metrics and similarity.</source>
        <translation>&lt;b&gt;HPLX %1&lt;/b&gt; — 超参数损失景观浏览器。&lt;p&gt;探索超参数网格的损失景观：局部最优、吸引盆、景观指标与相似性。</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="322"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="132"/>
        <source>Jobs</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="135"/>
        <source>Configuration</source>
        <translation>配置</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="139"/>
        <location filename="../ui/window/MainWindow.cpp" line="522"/>
        <source>Metrics</source>
        <translation>指标</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/window/MainWindow.cpp" line="150"/>
        <source>%n job(s) running</source>
        <translation>
            <numerusform>%n 个任务正在运行</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="189"/>
        <source>Click a landscape to explore it; Ctrl+click a second one to compare.</source>
        <translation>单击景观进行探索；按住 Ctrl 单击第二个景观进行比较。</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="195"/>
        <source>Filter, e.g. “wine test”</source>
        <translation>筛选，例如“wine test”</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="208"/>
        <source>Landscapes</source>
        <translation>景观</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="238"/>
        <source>Filter configurations, e.g. “max_depth=3 loss&lt;0.2 optimum”</source>
        <translation>筛选配置，例如“max_depth=3 loss&lt;0.2 optimum”</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="239"/>
        <source>Conditions separated by spaces, all of which must hold: HP=value, HP&lt;=value, loss&lt;x, rank&lt;=n, config&gt;=id, optimum (local optima only).</source>
        <translation>以空格分隔的条件，须全部满足：HP=值、HP&lt;=值、loss&lt;x、rank&lt;=n、config&gt;=id、optimum（仅局部最优）。</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="255"/>
        <source>%L1 of %L2 configurations shown</source>
        <translation>显示 %L2 个配置中的 %L1 个</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="273"/>
        <source>Configurations</source>
        <translation>配置</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="277"/>
        <source>Surface</source>
        <translation>曲面</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="281"/>
        <source>Local optima network</source>
        <translation>局部最优网络</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="315"/>
        <source>Copy as TSV</source>
        <translation>复制为 TSV</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="323"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="325"/>
        <source>Open landscape database</source>
        <translation>打开景观数据库</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="326"/>
        <source>Landscape databases (*.db *.sqlite *.sqlite3 *.hplx);;All files (*)</source>
        <translation>景观数据库 (*.db *.sqlite *.sqlite3 *.hplx);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="331"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="333"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="336"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="338"/>
        <source>&amp;Configurations as CSV…</source>
        <translation>配置导出为 CSV(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="339"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="340"/>
        <source>&amp;Metrics as CSV…</source>
        <translation>指标导出为 CSV(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="343"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="347"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="348"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="351"/>
        <source>Select &amp;All Configurations</source>
        <translation>选择所有配置(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="360"/>
        <source>C&amp;lear Selection</source>
        <translation>清除选择(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="364"/>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="378"/>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="387"/>
        <source>Cannot open %1</source>
        <translation>无法打开 %1</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="458"/>
        <source>Comparing the first two selected landscapes</source>
        <translation>正在比较前两个选中的景观</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/window/MainWindow.cpp" line="482"/>
        <source>%n related landscape(s) left out: %1</source>
        <translation>
            <numerusform>已略过 %n 个相关景观：%1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="519"/>
        <source>Metrics — %1 / %2</source>
        <translation>指标 — %1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="557"/>
        <source>ordinal</source>
        <translation>有序</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="557"/>
        <source>categorical</source>
        <translation>类别</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/window/MainWindow.cpp" line="559"/>
        <source>%n value(s)</source>
        <translation>
            <numerusform>%n 个取值</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="580"/>
        <source>Copied to the clipboard</source>
        <translation>已复制到剪贴板</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="586"/>
        <source>Export configurations</source>
        <translation>导出配置</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="596"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="602"/>
        <source>Cannot export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="602"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="591"/>
        <source>Export metrics</source>
        <translation>导出指标</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="616"/>
        <source>The language changes when HPLX is started again</source>
        <translation>语言将在下次启动 HPLX 时更改</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="699"/>
        <source>HPLX</source>
        <translation>HPLX</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="700"/>
        <source>No database open — use File ▸ Open or drop a database file here</source>
        <translation>未打开数据库 — 请使用 文件 ▸ 打开，或将数据库文件拖放到此处</translation>
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
            <numerusform>%1：%n 个景观</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/window/MainWindow.cpp" line="707"/>
        <source>, %n search space(s)</source>
        <translation>
            <numerusform>，%n 个搜索空间</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="709"/>
        <source> — showing %1</source>
        <translation> — 正在显示 %1</translation>
    </message>
</context>
<context>
    <name>hplx::MetricTableModel</name>
    <message>
        <location filename="../ui/model/MetricTableModel.cpp" line="29"/>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../ui/model/MetricTableModel.cpp" line="42"/>
        <source>landscape %1</source>
        <translation>景观 %1</translation>
    </message>
    <message>
        <location filename="../ui/model/MetricTableModel.cpp" line="185"/>
        <source>Configuration %1 (%2 configurations share this loss)</source>
        <translation>配置 %1（%2 个配置具有相同的损失）</translation>
    </message>
    <message>
        <location filename="../ui/model/MetricTableModel.cpp" line="190"/>
        <source>Partial landscape: metrics use the evaluated configurations only</source>
        <translation>部分景观：指标仅基于已评估的配置计算</translation>
    </message>
    <message>
        <location filename="../ui/model/MetricTableModel.cpp" line="195"/>
        <source>Not computed for this landscape</source>
        <translation>未针对此景观计算</translation>
    </message>
    <message>
        <location filename="../ui/model/MetricTableModel.cpp" line="198"/>
        <source>undefined</source>
        <translation>未定义</translation>
    </message>
    <message>
        <location filename="../ui/model/MetricTableModel.cpp" line="214"/>
        <source>metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../ui/model/MetricTableModel.cpp" line="216"/>
        <source>variant</source>
        <translation>变体</translation>
    </message>
    <message>
        <location filename="../ui/model/MetricTableModel.cpp" line="218"/>
        <source>parameters</source>
        <translation>参数</translation>
    </message>
</context>
<context>
    <name>hplx::SettingsDialog</name>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="32"/>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="34"/>
        <source>Views</source>
        <translation>视图</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="39"/>
        <source>Colour map:</source>
        <translation>颜色映射：</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="42"/>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="46"/>
        <source>Takes effect when HPLX is started again.</source>
        <translation>下次启动 HPLX 时生效。</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="47"/>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="49"/>
        <source>Landscape metrics</source>
        <translation>景观指标</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="56"/>
        <source>Neighbours whose losses differ by at most ε count as neutral (ν).</source>
        <translation>损失相差不超过 ε 的邻居视为中性（ν）。</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="57"/>
        <source>Neutrality ε:</source>
        <translation>中性度 ε：</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="58"/>
        <source>ε is a share of the loss range</source>
        <translation>ε 为损失范围的比例</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="62"/>
        <source>Random walks:</source>
        <translation>随机游走次数：</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="64"/>
        <source>Walk length:</source>
        <translation>游走长度：</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="66"/>
        <location filename="../ui/settings/SettingsDialog.cpp" line="81"/>
        <source>Seed:</source>
        <translation>随机种子：</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="68"/>
        <source>Embedding (HOPE + UMAP)</source>
        <translation>嵌入（HOPE + UMAP）</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="71"/>
        <source>UMAP neighbours:</source>
        <translation>UMAP 邻居数：</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="77"/>
        <source>UMAP minimum distance:</source>
        <translation>UMAP 最小距离：</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="79"/>
        <source>UMAP epochs:</source>
        <translation>UMAP 训练轮数：</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="83"/>
        <source>Background jobs</source>
        <translation>后台任务</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="86"/>
        <source>One per core (%1)</source>
        <translation>每个核心一个（%1）</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="87"/>
        <source>Worker threads:</source>
        <translation>工作线程：</translation>
    </message>
</context>
<context>
    <name>hplx::SurfacePanel</name>
    <message>
        <location filename="../ui/panels/SurfacePanel.cpp" line="34"/>
        <source>3-D terrain</source>
        <translation>三维地形</translation>
    </message>
    <message>
        <location filename="../ui/panels/SurfacePanel.cpp" line="35"/>
        <source>Top-down map</source>
        <translation>俯视图</translation>
    </message>
    <message>
        <location filename="../ui/panels/SurfacePanel.cpp" line="36"/>
        <source>Contours</source>
        <translation>等高线</translation>
    </message>
    <message>
        <location filename="../ui/panels/SurfacePanel.cpp" line="38"/>
        <source>Points</source>
        <translation>点</translation>
    </message>
    <message>
        <location filename="../ui/panels/SurfacePanel.cpp" line="40"/>
        <source>Reset view</source>
        <translation>重置视图</translation>
    </message>
    <message>
        <location filename="../ui/panels/SurfacePanel.cpp" line="45"/>
        <source>Colour:</source>
        <translation>颜色：</translation>
    </message>
    <message>
        <location filename="../ui/panels/SurfacePanel.cpp" line="109"/>
        <source>Computing the embedding…</source>
        <translation>正在计算嵌入…</translation>
    </message>
    <message>
        <location filename="../ui/panels/SurfacePanel.cpp" line="109"/>
        <source>Select a landscape.</source>
        <translation>请选择一个景观。</translation>
    </message>
    <message>
        <location filename="../ui/panels/SurfacePanel.cpp" line="126"/>
        <source>loss rank</source>
        <translation>损失排名</translation>
    </message>
    <message>
        <location filename="../ui/panels/SurfacePanel.cpp" line="127"/>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../ui/panels/SurfacePanel.cpp" line="133"/>
        <source>%L1 points · T = %2</source>
        <translation>%L1 个点 · T = %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/SurfacePanel.cpp" line="134"/>
        <source>HOPE embedding of the improving graph, reduced to 2-D by UMAP%1. T: trustworthiness (k = %2) of the layout against the HOPE input; 1 keeps every neighbourhood.</source>
        <translation>改进图的 HOPE 嵌入，经 UMAP 降至二维%1。T：布局相对于 HOPE 输入的可信度（k = %2）；1 表示保留了所有邻域。</translation>
    </message>
    <message>
        <location filename="../ui/panels/SurfacePanel.cpp" line="136"/>
        <source> (from the result cache)</source>
        <translation>（来自结果缓存）</translation>
    </message>
    <message>
        <location filename="../ui/panels/SurfacePanel.cpp" line="151"/>
        <source>Loss rank</source>
        <translation>损失排名</translation>
    </message>
</context>
<context>
    <name>hplx::Workspace</name>
    <message>
        <location filename="../ui/window/Workspace.cpp" line="175"/>
        <source>Loading %1</source>
        <translation>正在加载 %1</translation>
    </message>
    <message>
        <location filename="../ui/window/Workspace.cpp" line="224"/>
        <source>Embedding of %1</source>
        <translation>%1 的嵌入</translation>
    </message>
    <message>
        <location filename="../ui/window/Workspace.cpp" line="254"/>
        <source>Local optima network of %1</source>
        <translation>%1 的局部最优网络</translation>
    </message>
    <message>
        <location filename="../ui/window/Workspace.cpp" line="289"/>
        <source>Metrics of %1</source>
        <translation>%1 的指标</translation>
    </message>
    <message>
        <location filename="../ui/window/Workspace.cpp" line="306"/>
        <source>Local optima of %1</source>
        <translation>%1 的局部最优</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="52"/>
        <source>Hyperparameter Landscape Explorer</source>
        <translation>超参数损失景观浏览器</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="57"/>
        <source>Landscape database to open (default: the bundled sample).</source>
        <translation>要打开的景观数据库（默认：随附的示例数据库）。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="60"/>
        <source>Select the landscape with this id.</source>
        <translation>选择具有此编号的景观。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="63"/>
        <source>Landscape to compare with (id).</source>
        <translation>用于比较的景观（编号）。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="67"/>
        <source>Save a PNG of the main window once it is painted.</source>
        <translation>主窗口绘制完成后将其保存为 PNG。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="69"/>
        <source>Quit after the screenshot.</source>
        <translation>截图后退出。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="72"/>
        <source>Central view to show: configurations, surface or lon.</source>
        <translation>要显示的中央视图：configurations、surface 或 lon。</translation>
    </message>
</context>
</TS>
