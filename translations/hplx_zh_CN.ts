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
    <name>TableExport</name>
    <message>
        <location filename="../ui/model/TableExport.cpp" line="50"/>
        <source>CSV (*.csv);;JSON (*.json);;LaTeX booktabs table (*.tex)</source>
        <translation>CSV (*.csv);;JSON (*.json);;LaTeX booktabs 表格 (*.tex)</translation>
    </message>
    <message>
        <location filename="../ui/model/TableExport.cpp" line="57"/>
        <source>%1: unknown table format (expected .csv, .json or .tex)</source>
        <translation>%1：未知的表格格式（应为 .csv、.json 或 .tex）</translation>
    </message>
</context>
<context>
    <name>hplx</name>
    <message>
        <location filename="../ui/export/FigureExport.cpp" line="64"/>
        <location filename="../ui/export/FigureExport.cpp" line="67"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/export/FigureExport.cpp" line="83"/>
        <source>Exported by HPLX</source>
        <translation>由 HPLX 导出</translation>
    </message>
    <message>
        <location filename="../ui/export/FigureExport.cpp" line="110"/>
        <source>HPLX</source>
        <translation>HPLX</translation>
    </message>
    <message>
        <location filename="../ui/export/FigureExport.cpp" line="222"/>
        <source>Cannot export %1: unknown format “%2” (use .png, .svg or .pdf).</source>
        <translation>无法导出 %1：未知格式“%2”（请使用 .png、.svg 或 .pdf）。</translation>
    </message>
    <message>
        <location filename="../ui/export/FigureExport.cpp" line="223"/>
        <source>no suffix</source>
        <translation>无扩展名</translation>
    </message>
    <message>
        <location filename="../ui/export/FigureExport.cpp" line="225"/>
        <source>Cannot export %1: the size, DPI and font scale must be positive.</source>
        <translation>无法导出 %1：尺寸、DPI 和字体缩放比例必须为正数。</translation>
    </message>
    <message>
        <location filename="../ui/export/FigureExport.cpp" line="227"/>
        <source>Cannot write %1: the folder does not exist.</source>
        <translation>无法写入 %1：文件夹不存在。</translation>
    </message>
    <message>
        <location filename="../ui/export/FigureExport.cpp" line="235"/>
        <source>Cannot write %1: the PNG could not be encoded.</source>
        <translation>无法写入 %1：无法编码 PNG。</translation>
    </message>
    <message>
        <location filename="../ui/export/FigureExport.cpp" line="242"/>
        <source>Cannot write %1: nothing was drawn.</source>
        <translation>无法写入 %1：没有绘制任何内容。</translation>
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
        <translation>不可用</translation>
    </message>
</context>
<context>
    <name>hplx::ComparePanel</name>
    <message>
        <location filename="../ui/panels/ComparePanel.cpp" line="55"/>
        <source>3-D terrain</source>
        <translation>三维地形</translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparePanel.cpp" line="56"/>
        <source>Top-down map</source>
        <translation>俯视图</translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparePanel.cpp" line="57"/>
        <source>Difference</source>
        <translation>差异</translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparePanel.cpp" line="59"/>
        <source>A third view: rank in the compare landscape minus rank in the primary (blue: better in the compare landscape, red: worse)</source>
        <translation>第三个视图：比较景观中的排名减去主景观中的排名（蓝色：在比较景观中更好，红色：更差）</translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparePanel.cpp" line="61"/>
        <source>Reset view</source>
        <translation>重置视图</translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparePanel.cpp" line="220"/>
        <source>To pick one, Ctrl+click a second landscape in the Landscapes browser, or click a cell of the matrix in the Similarity tab.</source>
        <translation>要选择一个，请在“景观”浏览器中按住 Ctrl 单击第二个景观，或在“相似性”选项卡中单击矩阵的一个单元格。</translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparePanel.cpp" line="223"/>
        <source>Select a landscape.</source>
        <translation>请选择一个景观。</translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparePanel.cpp" line="227"/>
        <source>No landscape to compare %1 with.

%2</source>
        <translation>没有可与 %1 比较的景观。

%2</translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparePanel.cpp" line="231"/>
        <source>%1 and %2 are on different search spaces, so their configurations cannot be placed side by side.

%3</source>
        <translation>%1 和 %2 位于不同的搜索空间，因此无法将它们的配置并排放置。

%3</translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparePanel.cpp" line="240"/>
        <source>&lt;b&gt;Primary:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;主景观：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparePanel.cpp" line="241"/>
        <source>&lt;b&gt;Compare:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;比较景观：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparePanel.cpp" line="242"/>
        <source>&lt;b&gt;Rank difference&lt;/b&gt; (compare − primary)</source>
        <translation>&lt;b&gt;排名差异&lt;/b&gt;（比较景观 − 主景观）</translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparePanel.cpp" line="254"/>
        <source>Computing the layout of the primary landscape…</source>
        <translation>正在计算主景观的布局…</translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparePanel.cpp" line="331"/>
        <source>Δ rank</source>
        <translation>Δ 排名</translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparePanel.cpp" line="331"/>
        <source>Loss rank</source>
        <translation>损失排名</translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparePanel.cpp" line="336"/>
        <source>%L1 and %L2 evaluated configurations · %L3 in both</source>
        <translation>已评估配置 %L1 个和 %L2 个 · 两者共有 %L3 个</translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparePanel.cpp" line="377"/>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparePanel.cpp" line="379"/>
        <source>Compare — %1</source>
        <translation>比较 — %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparePanel.cpp" line="380"/>
        <source>Compare — %1 vs %2</source>
        <translation>比较 — %1 与 %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparePanel.cpp" line="426"/>
        <source>The 3-D view is not shown yet.</source>
        <translation>三维视图尚未显示。</translation>
    </message>
</context>
<context>
    <name>hplx::ComposerDialog</name>
    <message>
        <location filename="../ui/export/ComposerDialog.cpp" line="38"/>
        <source>Compose Figure</source>
        <translation>组合图</translation>
    </message>
    <message>
        <location filename="../ui/export/ComposerDialog.cpp" line="50"/>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../ui/export/ComposerDialog.cpp" line="52"/>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../ui/export/ComposerDialog.cpp" line="54"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../ui/export/ComposerDialog.cpp" line="56"/>
        <source>Caption…</source>
        <translation>图注…</translation>
    </message>
    <message>
        <location filename="../ui/export/ComposerDialog.cpp" line="58"/>
        <source>Edit the caption shown under the panel.</source>
        <translation>编辑子图下方显示的图注。</translation>
    </message>
    <message>
        <location filename="../ui/export/ComposerDialog.cpp" line="65"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../ui/export/ComposerDialog.cpp" line="69"/>
        <source>Caption under each panel</source>
        <translation>每个子图下方显示标题</translation>
    </message>
    <message>
        <location filename="../ui/export/ComposerDialog.cpp" line="71"/>
        <source>One colour bar for all panels</source>
        <translation>所有面板共用一个色标</translation>
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
        <translation>记录新子图时使用的尺寸：尺寸越大，视图空间越大，图中文字相对越小。已添加的子图保持原尺寸。</translation>
    </message>
    <message>
        <location filename="../ui/export/ComposerDialog.cpp" line="115"/>
        <source>Panels (drag to reorder):</source>
        <translation>子图（拖动以重新排序）：</translation>
    </message>
    <message>
        <location filename="../ui/export/ComposerDialog.cpp" line="120"/>
        <source>Columns:</source>
        <translation>列数：</translation>
    </message>
    <message>
        <location filename="../ui/export/ComposerDialog.cpp" line="121"/>
        <source>Panel letters:</source>
        <translation>子图标号：</translation>
    </message>
    <message>
        <location filename="../ui/export/ComposerDialog.cpp" line="122"/>
        <source>Gap:</source>
        <translation>间距：</translation>
    </message>
    <message>
        <location filename="../ui/export/ComposerDialog.cpp" line="130"/>
        <source>New panels:</source>
        <translation>新子图：</translation>
    </message>
    <message>
        <location filename="../ui/export/ComposerDialog.cpp" line="141"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../ui/export/ComposerDialog.cpp" line="209"/>
        <source>Draw one colour bar right of the grid instead of one in each panel.</source>
        <translation>在网格右侧绘制一个色标，而不是每个面板各绘一个。</translation>
    </message>
    <message>
        <location filename="../ui/export/ComposerDialog.cpp" line="210"/>
        <source>Available when every panel has a colour bar with the same scale: the same quantity, colour map and range.</source>
        <translation>仅当每个面板的色标刻度相同（同一物理量、同一配色方案和同一取值范围）时可用。</translation>
    </message>
    <message>
        <location filename="../ui/export/ComposerDialog.cpp" line="223"/>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <location filename="../ui/export/ComposerDialog.cpp" line="288"/>
        <source>Panel Caption</source>
        <translation>子图图注</translation>
    </message>
    <message>
        <location filename="../ui/export/ComposerDialog.cpp" line="288"/>
        <source>Caption under the panel:</source>
        <translation>子图下方的图注：</translation>
    </message>
    <message>
        <location filename="../ui/export/ComposerDialog.cpp" line="315"/>
        <source>No panels yet: add views with “Add View to Figure”.</source>
        <translation>尚无子图：请使用“将视图添加到图中”添加视图。</translation>
    </message>
    <message>
        <location filename="../ui/export/ComposerDialog.cpp" line="337"/>
        <source>%1 × %2 mm (the export dialog can change the size)</source>
        <translation>%1 × %2 mm（可在导出对话框中更改尺寸）</translation>
    </message>
</context>
<context>
    <name>hplx::CompositeFigure</name>
    <message numerus="yes">
        <location filename="../ui/export/FigureComposer.cpp" line="223"/>
        <source>Figure of %n view(s)</source>
        <translation>
            <numerusform>由 %n 个视图组成的图</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hplx::ConfigurationDetails</name>
    <message>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="41"/>
        <source>Property</source>
        <translation>属性</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="41"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="124"/>
        <source>Select a landscape to see its configurations.</source>
        <translation>选择一个景观以查看其配置。</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="125"/>
        <source>Hover or select a configuration to see its details.</source>
        <translation>将鼠标悬停在配置上或选中配置以查看其详细信息。</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="130"/>
        <source>&lt;b&gt;Configuration %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;配置 %1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="131"/>
        <source>&lt;b&gt;Global optimum&lt;/b&gt;: configuration %1 (hover or select another)</source>
        <translation>&lt;b&gt;全局最优&lt;/b&gt;：配置 %1（悬停或选择其他配置）</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="133"/>
        <source> — %n configurations selected</source>
        <translation>
            <numerusform> — 已选择 %n 个配置</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="152"/>
        <source>Hyperparameters</source>
        <translation>超参数</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="157"/>
        <source>Losses</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="161"/>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="169"/>
        <source>not evaluated</source>
        <translation>未评估</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="167"/>
        <source>In %1</source>
        <translation>在 %1 中</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="169"/>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="172"/>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="172"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="173"/>
        <source>1 = lowest loss; tied configurations share their mean rank.</source>
        <translation>1 = 损失最低；并列的配置取其平均排名。</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="175"/>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="179"/>
        <source>Local optimum</source>
        <translation>局部最优</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="175"/>
        <source>computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="179"/>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="182"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="179"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="180"/>
        <source>No neighbour (one HP changed by one step) has a strictly lower loss.</source>
        <translation>没有任何邻居（仅一个 HP 改变一步）的损失严格更低。</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="182"/>
        <source>Global optimum</source>
        <translation>全局最优</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="189"/>
        <source>Basin of</source>
        <translation>所属吸引盆</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="190"/>
        <source>configuration %1 (loss %2, %3 configurations)</source>
        <translation>配置 %1（损失 %2，%3 个配置）</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConfigurationDetails.cpp" line="191"/>
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
        <location filename="../ui/model/ConfigurationTableModel.cpp" line="680"/>
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
        <location filename="../ui/model/ConfigurationTableModel.cpp" line="678"/>
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
        <source>optimum</source>
        <comment>filter word</comment>
        <translation>最优</translation>
    </message>
    <message>
        <location filename="../ui/model/ConfigurationTableModel.cpp" line="610"/>
        <source>Cannot read &apos;%1&apos;: write conditions such as max_depth=3, learning_rate&lt;=0.1, loss&lt;0.2, rank&lt;=10 or optimum, separated by spaces or commas</source>
        <translation>无法解析“%1”：请输入如 max_depth=3、learning_rate&lt;=0.1、loss&lt;0.2、rank&lt;=10 或 optimum 之类的条件，以空格或逗号分隔</translation>
    </message>
    <message>
        <location filename="../ui/model/ConfigurationTableModel.cpp" line="615"/>
        <source>&apos;optimum&apos; needs the local optima, which are not computed for this table yet</source>
        <translation>“optimum”需要局部最优，但此表尚未计算局部最优</translation>
    </message>
    <message>
        <location filename="../ui/model/ConfigurationTableModel.cpp" line="650"/>
        <source>&apos;%1&apos; is numeric: &apos;%2&apos; needs a number, not &apos;%3&apos;</source>
        <translation>“%1”为数值型：“%2”需要一个数字，而不是“%3”</translation>
    </message>
    <message>
        <location filename="../ui/model/ConfigurationTableModel.cpp" line="660"/>
        <source>&apos;%1&apos; has no value &apos;%2&apos; (its values: %3)</source>
        <translation>“%1”没有取值“%2”（其取值为：%3）</translation>
    </message>
    <message>
        <location filename="../ui/model/ConfigurationTableModel.cpp" line="663"/>
        <source>&apos;%1&apos; is categorical: only = and != apply, not %2</source>
        <translation>“%1”为类别型：只能使用 = 和 !=，不能使用 %2</translation>
    </message>
    <message>
        <location filename="../ui/model/ConfigurationTableModel.cpp" line="676"/>
        <source>loss</source>
        <comment>filter word</comment>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../ui/model/ConfigurationTableModel.cpp" line="683"/>
        <source>Unknown name &apos;%1&apos; in the filter: use a hyperparameter (%2), loss, rank, config or optimum</source>
        <translation>筛选条件中的名称“%1”未知：请使用超参数（%2）、loss、rank、config 或 optimum</translation>
    </message>
    <message>
        <location filename="../ui/model/ConfigurationTableModel.cpp" line="686"/>
        <source>&apos;%1&apos; needs a landscape, and this table shows none</source>
        <translation>“%1”需要一个景观，但此表未显示任何景观</translation>
    </message>
    <message>
        <location filename="../ui/model/ConfigurationTableModel.cpp" line="689"/>
        <source>&apos;%1&apos; needs a number after %2, not &apos;%3&apos;</source>
        <translation>“%1”在 %2 之后需要一个数字，而不是“%3”</translation>
    </message>
</context>
<context>
    <name>hplx::ExportFigureDialog</name>
    <message>
        <location filename="../ui/export/ExportFigureDialog.cpp" line="48"/>
        <source>Export View</source>
        <translation>导出视图</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportFigureDialog.cpp" line="53"/>
        <source>PNG image (raster)</source>
        <translation>PNG 图像（栅格）</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportFigureDialog.cpp" line="54"/>
        <source>SVG drawing (vector)</source>
        <translation>SVG 绘图（矢量）</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportFigureDialog.cpp" line="55"/>
        <source>PDF document (vector)</source>
        <translation>PDF 文档（矢量）</translation>
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
        <translation>文字大小相对于视图中的比例（1 = 相同字号）。</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportFigureDialog.cpp" line="81"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportFigureDialog.cpp" line="99"/>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportFigureDialog.cpp" line="100"/>
        <source>Size:</source>
        <translation>尺寸：</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportFigureDialog.cpp" line="101"/>
        <source>Resolution:</source>
        <translation>分辨率：</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportFigureDialog.cpp" line="102"/>
        <source>Font scale:</source>
        <translation>字体缩放：</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportFigureDialog.cpp" line="104"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportFigureDialog.cpp" line="111"/>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportFigureDialog.cpp" line="124"/>
        <source>figure.%1</source>
        <translation>figure.%1</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportFigureDialog.cpp" line="236"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportFigureDialog.cpp" line="237"/>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG 绘图 (*.svg)</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportFigureDialog.cpp" line="238"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportFigureDialog.cpp" line="239"/>
        <location filename="../ui/export/ExportFigureDialog.cpp" line="301"/>
        <source>Export view</source>
        <translation>导出视图</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportFigureDialog.cpp" line="250"/>
        <source>%1 × %2 mm</source>
        <translation>%1 × %2 mm</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportFigureDialog.cpp" line="253"/>
        <source>%1 × %2 px at %3 DPI (%4)</source>
        <translation>%1 × %2 px，%3 DPI（%4）</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportFigureDialog.cpp" line="258"/>
        <source>%1, vector</source>
        <translation>%1，矢量</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportFigureDialog.cpp" line="260"/>
        <source>%1, the 3-D view embedded at %2 DPI</source>
        <translation>%1，三维视图以 %2 DPI 嵌入</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportFigureDialog.cpp" line="290"/>
        <source>Choose a file to export to.</source>
        <translation>请选择要导出到的文件。</translation>
    </message>
</context>
<context>
    <name>hplx::FidelityPanel</name>
    <message>
        <location filename="../ui/panels/FidelityPanel.cpp" line="107"/>
        <source>Make the next lower fidelity the primary landscape</source>
        <translation>将下一个较低保真度设为主景观</translation>
    </message>
    <message>
        <location filename="../ui/panels/FidelityPanel.cpp" line="111"/>
        <source>Make the next higher fidelity the primary landscape</source>
        <translation>将下一个较高保真度设为主景观</translation>
    </message>
    <message>
        <location filename="../ui/panels/FidelityPanel.cpp" line="121"/>
        <source>Metrics</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../ui/panels/FidelityPanel.cpp" line="249"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../ui/panels/FidelityPanel.cpp" line="249"/>
        <source>Select a landscape.</source>
        <translation>请选择一个景观。</translation>
    </message>
    <message>
        <location filename="../ui/panels/FidelityPanel.cpp" line="268"/>
        <source>%1 has no fidelity axis: there is nothing to compare across fidelities.</source>
        <translation>%1 没有保真度轴：无法跨保真度进行比较。</translation>
    </message>
    <message>
        <location filename="../ui/panels/FidelityPanel.cpp" line="292"/>
        <source>fidelity: %1 = %2</source>
        <translation>保真度：%1 = %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/FidelityPanel.cpp" line="341"/>
        <source>Metrics of %1</source>
        <translation>%1 的指标</translation>
    </message>
    <message>
        <location filename="../ui/panels/FidelityPanel.cpp" line="355"/>
        <source>Rank agreement across fidelities</source>
        <translation>跨保真度的排名一致性</translation>
    </message>
    <message>
        <location filename="../ui/panels/FidelityPanel.cpp" line="487"/>
        <source>current fidelity</source>
        <translation>当前保真度</translation>
    </message>
    <message>
        <location filename="../ui/panels/FidelityPanel.cpp" line="531"/>
        <source>metric value</source>
        <translation>指标值</translation>
    </message>
    <message>
        <location filename="../ui/panels/FidelityPanel.cpp" line="532"/>
        <source>Landscape metrics across fidelities</source>
        <translation>跨保真度的景观指标</translation>
    </message>
    <message>
        <location filename="../ui/panels/FidelityPanel.cpp" line="537"/>
        <source>Computing metrics: %1 of %2 fidelities done…</source>
        <translation>正在计算指标：已完成 %2 个保真度中的 %1 个…</translation>
    </message>
    <message>
        <location filename="../ui/panels/FidelityPanel.cpp" line="548"/>
        <source>Spearman ρ</source>
        <translation>Spearman ρ</translation>
    </message>
    <message>
        <location filename="../ui/panels/FidelityPanel.cpp" line="549"/>
        <source>top-%1 IoU (gamma_set)</source>
        <translation>前 %1 IoU（gamma_set）</translation>
    </message>
    <message>
        <location filename="../ui/panels/FidelityPanel.cpp" line="553"/>
        <source>agreement</source>
        <translation>一致性</translation>
    </message>
    <message>
        <location filename="../ui/panels/FidelityPanel.cpp" line="557"/>
        <source>Rank agreement with %1 = %2</source>
        <translation>与 %1 = %2 的排名一致性</translation>
    </message>
    <message>
        <location filename="../ui/panels/FidelityPanel.cpp" line="564"/>
        <source>Fidelities — %1</source>
        <translation>保真度 — %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/FidelityPanel.cpp" line="564"/>
        <source>Fidelities</source>
        <translation>保真度</translation>
    </message>
</context>
<context>
    <name>hplx::HeatmapView</name>
    <message>
        <location filename="../ui/charts/HeatmapView.cpp" line="454"/>
        <source>&lt;b&gt;%1&lt;/b&gt; × &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;%3: %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; × &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;%3：%4</translation>
    </message>
    <message>
        <location filename="../ui/charts/HeatmapView.cpp" line="456"/>
        <source>no value</source>
        <translation>无值</translation>
    </message>
</context>
<context>
    <name>hplx::HpMarginalsPanel</name>
    <message>
        <location filename="../ui/panels/HpMarginalsPanel.cpp" line="132"/>
        <source>log</source>
        <translation>对数</translation>
    </message>
    <message>
        <location filename="../ui/panels/HpMarginalsPanel.cpp" line="134"/>
        <source>rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../ui/panels/HpMarginalsPanel.cpp" line="138"/>
        <source>raw</source>
        <translation>原始</translation>
    </message>
    <message>
        <location filename="../ui/panels/HpMarginalsPanel.cpp" line="167"/>
        <source>The hyperparameter whose values the box plot spreads the loss over.</source>
        <translation>箱线图按其取值展示损失分布的超参数。</translation>
    </message>
    <message>
        <location filename="../ui/panels/HpMarginalsPanel.cpp" line="170"/>
        <source>raw loss</source>
        <translation>损失（原始）</translation>
    </message>
    <message>
        <location filename="../ui/panels/HpMarginalsPanel.cpp" line="171"/>
        <source>log loss</source>
        <translation>损失（对数）</translation>
    </message>
    <message>
        <location filename="../ui/panels/HpMarginalsPanel.cpp" line="172"/>
        <source>loss rank</source>
        <translation>损失排名</translation>
    </message>
    <message>
        <location filename="../ui/panels/HpMarginalsPanel.cpp" line="173"/>
        <source>The loss scale of the box plot and of the functional ANOVA. Heavy-tailed losses make raw-scale variance shares meaningless.</source>
        <translation>箱线图和函数型 ANOVA 所用的损失尺度。损失呈重尾分布时，原始尺度上的方差占比没有意义。</translation>
    </message>
    <message>
        <location filename="../ui/panels/HpMarginalsPanel.cpp" line="179"/>
        <source>Hyperparameter:</source>
        <translation>超参数：</translation>
    </message>
    <message>
        <location filename="../ui/panels/HpMarginalsPanel.cpp" line="182"/>
        <source>Scale:</source>
        <translation>尺度：</translation>
    </message>
    <message>
        <location filename="../ui/panels/HpMarginalsPanel.cpp" line="312"/>
        <source>log₁₀ %1</source>
        <translation>log₁₀ %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/HpMarginalsPanel.cpp" line="314"/>
        <source>rank of %1 (1 = best)</source>
        <translation>%1 的排名（1 = 最佳）</translation>
    </message>
    <message>
        <location filename="../ui/panels/HpMarginalsPanel.cpp" line="330"/>
        <source>This landscape has no hyperparameters.</source>
        <translation>此景观没有超参数。</translation>
    </message>
    <message>
        <location filename="../ui/panels/HpMarginalsPanel.cpp" line="331"/>
        <location filename="../ui/panels/HpMarginalsPanel.cpp" line="540"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../ui/panels/HpMarginalsPanel.cpp" line="332"/>
        <location filename="../ui/panels/HpMarginalsPanel.cpp" line="540"/>
        <source>Select a landscape.</source>
        <translation>请选择一个景观。</translation>
    </message>
    <message>
        <location filename="../ui/panels/HpMarginalsPanel.cpp" line="340"/>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <location filename="../ui/panels/HpMarginalsPanel.cpp" line="347"/>
        <location filename="../ui/panels/HpMarginalsPanel.cpp" line="460"/>
        <source>Loss by %1</source>
        <translation>损失随 %1 的分布</translation>
    </message>
    <message>
        <location filename="../ui/panels/HpMarginalsPanel.cpp" line="383"/>
        <source>No box plot on the %1 scale: %2</source>
        <translation>在%1尺度上无法绘制箱线图：%2</translation>
    </message>
    <message>
        <location filename="../ui/panels/HpMarginalsPanel.cpp" line="527"/>
        <source>Showing %L1 of %L2 selected configurations as points.</source>
        <translation>以点显示 %L2 个已选配置中的 %L1 个。</translation>
    </message>
    <message>
        <location filename="../ui/panels/HpMarginalsPanel.cpp" line="552"/>
        <source>Functional ANOVA of %1</source>
        <translation>%1 的函数型 ANOVA</translation>
    </message>
    <message>
        <location filename="../ui/panels/HpMarginalsPanel.cpp" line="578"/>
        <source>No functional ANOVA on the %1 scale: %2</source>
        <translation>在%1尺度上无法进行函数型 ANOVA：%2</translation>
    </message>
    <message>
        <location filename="../ui/panels/HpMarginalsPanel.cpp" line="592"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/HpMarginalsPanel.cpp" line="605"/>
        <source>The loss is constant on the %1 scale: there is no variance to decompose.</source>
        <translation>损失在%1尺度上为常数：没有可分解的方差。</translation>
    </message>
    <message>
        <location filename="../ui/panels/HpMarginalsPanel.cpp" line="612"/>
        <source>share of variance</source>
        <translation>方差占比</translation>
    </message>
    <message>
        <location filename="../ui/panels/HpMarginalsPanel.cpp" line="640"/>
        <source>share of variance (%), %1 scale</source>
        <translation>方差占比（%），%1尺度</translation>
    </message>
    <message>
        <location filename="../ui/panels/HpMarginalsPanel.cpp" line="645"/>
        <source>Functional ANOVA</source>
        <translation>函数型 ANOVA</translation>
    </message>
    <message>
        <location filename="../ui/panels/HpMarginalsPanel.cpp" line="652"/>
        <source>Exact decomposition over %L1 configurations. %2 largest of %3 terms shown (%4).</source>
        <translation>基于 %L1 个配置的精确分解。显示 %3 项中最大的 %2 项（%4）。</translation>
    </message>
    <message>
        <location filename="../ui/panels/HpMarginalsPanel.cpp" line="658"/>
        <source>The other %1 terms: %2.</source>
        <translation>其余 %1 项：%2。</translation>
    </message>
    <message>
        <location filename="../ui/panels/HpMarginalsPanel.cpp" line="663"/>
        <source>Interactions of three or more HPs: %1.</source>
        <translation>三个及以上超参数的交互作用：%1。</translation>
    </message>
    <message>
        <location filename="../ui/panels/HpMarginalsPanel.cpp" line="673"/>
        <source>Hyperparameter importance — %1</source>
        <translation>超参数重要性 — %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/HpMarginalsPanel.cpp" line="674"/>
        <source>Hyperparameter importance</source>
        <translation>超参数重要性</translation>
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
        <location filename="../ui/panels/LonPanel.cpp" line="30"/>
        <source>Reset view</source>
        <translation>重置视图</translation>
    </message>
    <message>
        <location filename="../ui/panels/LonPanel.cpp" line="66"/>
        <source>Computing the local optima network…</source>
        <translation>正在计算局部最优网络…</translation>
    </message>
    <message>
        <location filename="../ui/panels/LonPanel.cpp" line="66"/>
        <source>Select a landscape.</source>
        <translation>请选择一个景观。</translation>
    </message>
    <message>
        <location filename="../ui/panels/LonPanel.cpp" line="86"/>
        <source>Laying out the optima network</source>
        <translation>正在布局局部最优网络</translation>
    </message>
    <message>
        <location filename="../ui/panels/LonPanel.cpp" line="94"/>
        <source>%L1 local optima · %L2 edges (%L3 monotonic) · escape rate %4</source>
        <translation>%L1 个局部最优 · %L2 条边（%L3 条单调）· 逃逸率 %4</translation>
    </message>
    <message>
        <location filename="../ui/panels/LonPanel.cpp" line="99"/>
        <source>Edges: 2-edit perturbations of an optimum that climb to another optimum at least %1 times; escape rate: the share of perturbations that leave their basin.</source>
        <translation>边：从一个最优点出发的二步扰动至少 %1 次爬升到另一个最优点；逃逸率：离开其吸引盆的扰动所占比例。</translation>
    </message>
    <message>
        <location filename="../ui/panels/LonPanel.cpp" line="141"/>
        <source>Local optima network — %1</source>
        <translation>局部最优网络 — %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/LonPanel.cpp" line="142"/>
        <source>Local optima network</source>
        <translation>局部最优网络</translation>
    </message>
    <message>
        <location filename="../ui/panels/LonPanel.cpp" line="149"/>
        <location filename="../ui/panels/LonPanel.cpp" line="168"/>
        <source>The 3-D view is not shown yet.</source>
        <translation>三维视图尚未显示。</translation>
    </message>
</context>
<context>
    <name>hplx::MainWindow</name>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="134"/>
        <source>Hyperparameter</source>
        <translation>超参数</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="134"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="134"/>
        <source>Values</source>
        <translation>取值</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="148"/>
        <source>Search space</source>
        <translation>搜索空间</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="227"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="293"/>
        <source>Optima network</source>
        <translation>局部最优网络</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="298"/>
        <source>Overfitting</source>
        <translation>过拟合</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="300"/>
        <source>Rank agreement</source>
        <translation>排名一致性</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="302"/>
        <source>Importance</source>
        <translation>重要性</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="304"/>
        <source>Fidelities</source>
        <translation>保真度</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="306"/>
        <source>Similarity</source>
        <translation>相似性</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="316"/>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="398"/>
        <source>&amp;Configurations table…</source>
        <translation>配置表(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="400"/>
        <source>&amp;Metrics table…</source>
        <translation>指标表(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="402"/>
        <source>Export &amp;view…</source>
        <translation>导出视图(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="404"/>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="405"/>
        <source>Export the current view as a figure (PNG, SVG or PDF)</source>
        <translation>将当前视图导出为图片（PNG、SVG 或 PDF）</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="409"/>
        <source>Add View to Figure</source>
        <translation>将视图添加到图中</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="413"/>
        <source>Added “%1” as panel %2 of the figure</source>
        <translation>已将“%1”添加为图中的子图 %2</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="418"/>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="419"/>
        <source>Compose Figure…</source>
        <translation>组合图…</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="454"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="455"/>
        <source>&amp;About HPLX</source>
        <translation>关于 HPLX(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="456"/>
        <source>About HPLX</source>
        <translation>关于 HPLX</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="457"/>
        <source>&lt;b&gt;HPLX %1&lt;/b&gt; — Hyperparameter Landscape Explorer.&lt;p&gt;Explore the loss landscapes of hyperparameter grids: local optima, basins, landscape metrics and similarity.</source>
        <translation>&lt;b&gt;HPLX %1&lt;/b&gt; — 超参数损失景观浏览器。&lt;p&gt;探索超参数网格的损失景观：局部最优、吸引盆、景观指标与相似性。</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="677"/>
        <source>Landscape metrics of %1</source>
        <translation>%1 的景观指标</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="382"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="144"/>
        <source>Jobs</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="147"/>
        <source>Configuration</source>
        <translation>配置</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="151"/>
        <location filename="../ui/window/MainWindow.cpp" line="606"/>
        <source>Metrics</source>
        <translation>指标</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/window/MainWindow.cpp" line="162"/>
        <source>%n job(s) running</source>
        <translation>
            <numerusform>%n 个任务正在运行</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="201"/>
        <source>Click a landscape to explore it; Ctrl+click a second one to compare.</source>
        <translation>单击景观进行探索；按住 Ctrl 单击第二个景观进行比较。</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="207"/>
        <source>Filter, e.g. “wine test”</source>
        <translation>筛选，例如“wine test”</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="220"/>
        <source>Landscapes</source>
        <translation>景观</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="250"/>
        <source>Filter configurations, e.g. “max_depth=3 loss&lt;0.2 optimum”</source>
        <translation>筛选配置，例如“max_depth=3 loss&lt;0.2 optimum”</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="251"/>
        <source>Conditions separated by spaces, all of which must hold: HP=value, HP&lt;=value, loss&lt;x, rank&lt;=n, config&gt;=id, optimum (local optima only).</source>
        <translation>以空格分隔的条件，须全部满足：HP=值、HP&lt;=值、loss&lt;x、rank&lt;=n、config&gt;=id、optimum（仅局部最优）。</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="267"/>
        <source>%L1 of %L2 configurations shown</source>
        <translation>显示 %L2 个配置中的 %L1 个</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="285"/>
        <source>Configurations</source>
        <translation>配置</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="288"/>
        <source>Surface</source>
        <translation>曲面</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="375"/>
        <source>Copy as TSV</source>
        <translation>复制为 TSV</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="383"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="385"/>
        <source>Open landscape database</source>
        <translation>打开景观数据库</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="386"/>
        <source>Landscape databases (*.db *.sqlite *.sqlite3 *.hplx);;All files (*)</source>
        <translation>景观数据库 (*.db *.sqlite *.sqlite3 *.hplx);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="391"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="393"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="396"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="399"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="427"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="431"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="432"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="435"/>
        <source>Select &amp;All Configurations</source>
        <translation>选择所有配置(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="444"/>
        <source>C&amp;lear Selection</source>
        <translation>清除选择(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="448"/>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="462"/>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="471"/>
        <source>Cannot open %1</source>
        <translation>无法打开 %1</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="542"/>
        <source>Comparing the first two selected landscapes</source>
        <translation>正在比较前两个选中的景观</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/window/MainWindow.cpp" line="566"/>
        <source>%n related landscape(s) left out: %1</source>
        <translation>
            <numerusform>已略过 %n 个相关景观：%1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="603"/>
        <source>Metrics — %1 / %2</source>
        <translation>指标 — %1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="641"/>
        <source>ordinal</source>
        <translation>有序</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="641"/>
        <source>categorical</source>
        <translation>类别</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/window/MainWindow.cpp" line="643"/>
        <source>%n value(s)</source>
        <translation>
            <numerusform>%n 个取值</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="664"/>
        <source>Copied to the clipboard</source>
        <translation>已复制到剪贴板</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="670"/>
        <source>Export configurations</source>
        <translation>导出配置</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="717"/>
        <source>Cannot export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="679"/>
        <source>Export metrics</source>
        <translation>导出指标</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="702"/>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="731"/>
        <source>The language changes when HPLX is started again</source>
        <translation>语言将在下次启动 HPLX 时更改</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="826"/>
        <source>HPLX</source>
        <translation>HPLX</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="827"/>
        <source>No database open — use File ▸ Open or drop a database file here</source>
        <translation>未打开数据库 — 请使用 文件 ▸ 打开，或将数据库文件拖放到此处</translation>
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
            <numerusform>%1：%n 个景观</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/window/MainWindow.cpp" line="834"/>
        <source>, %n search space(s)</source>
        <translation>
            <numerusform>，%n 个搜索空间</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="836"/>
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
    <name>hplx::OverfittingPanel</name>
    <message>
        <location filename="../ui/panels/OverfittingPanel.cpp" line="108"/>
        <source>x:</source>
        <translation>x：</translation>
    </message>
    <message>
        <location filename="../ui/panels/OverfittingPanel.cpp" line="110"/>
        <source>y:</source>
        <translation>y：</translation>
    </message>
    <message>
        <location filename="../ui/panels/OverfittingPanel.cpp" line="113"/>
        <source>Colour:</source>
        <translation>颜色：</translation>
    </message>
    <message>
        <location filename="../ui/panels/OverfittingPanel.cpp" line="181"/>
        <source>Select a landscape.</source>
        <translation>请选择一个景观。</translation>
    </message>
    <message>
        <location filename="../ui/panels/OverfittingPanel.cpp" line="199"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../ui/panels/OverfittingPanel.cpp" line="200"/>
        <source>ΔL = L(y) − L(x)</source>
        <translation>ΔL = L(y) − L(x)</translation>
    </message>
    <message>
        <location filename="../ui/panels/OverfittingPanel.cpp" line="217"/>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <location filename="../ui/panels/OverfittingPanel.cpp" line="222"/>
        <source>Generalisation gap</source>
        <translation>泛化差距</translation>
    </message>
    <message>
        <location filename="../ui/panels/OverfittingPanel.cpp" line="267"/>
        <source>No configuration is evaluated in both landscapes.</source>
        <translation>没有在两个景观中均已评估的配置。</translation>
    </message>
    <message>
        <location filename="../ui/panels/OverfittingPanel.cpp" line="270"/>
        <source>ΔL = L(%1) − L(%2) over %L3 configurations</source>
        <translation>ΔL = L(%1) − L(%2)，共 %L3 个配置</translation>
    </message>
    <message>
        <location filename="../ui/panels/OverfittingPanel.cpp" line="271"/>
        <source>mean %1 · median %2 · sd %3</source>
        <translation>均值 %1 · 中位数 %2 · 标准差 %3</translation>
    </message>
    <message>
        <location filename="../ui/panels/OverfittingPanel.cpp" line="274"/>
        <source>%1 above %2: %3 %</source>
        <translation>%1 高于 %2：%3%</translation>
    </message>
    <message>
        <location filename="../ui/panels/OverfittingPanel.cpp" line="275"/>
        <source>Spearman ρ(%1, %2) = %3</source>
        <translation>Spearman ρ(%1, %2) = %3</translation>
    </message>
    <message>
        <location filename="../ui/panels/OverfittingPanel.cpp" line="276"/>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../ui/panels/OverfittingPanel.cpp" line="279"/>
        <source>left out (evaluated in only one landscape): %L1</source>
        <translation>已略过（仅在一个景观中评估）：%L1</translation>
    </message>
    <message>
        <location filename="../ui/panels/OverfittingPanel.cpp" line="307"/>
        <source>Overfitting — %1</source>
        <translation>过拟合 — %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/OverfittingPanel.cpp" line="307"/>
        <source>Overfitting</source>
        <translation>过拟合</translation>
    </message>
</context>
<context>
    <name>hplx::RankAgreementPanel</name>
    <message>
        <location filename="../ui/panels/RankAgreementPanel.cpp" line="69"/>
        <source>A (x):</source>
        <translation>A (x)：</translation>
    </message>
    <message>
        <location filename="../ui/panels/RankAgreementPanel.cpp" line="71"/>
        <source>B (y):</source>
        <translation>B (y)：</translation>
    </message>
    <message>
        <location filename="../ui/panels/RankAgreementPanel.cpp" line="132"/>
        <source>Select a landscape.</source>
        <translation>请选择一个景观。</translation>
    </message>
    <message>
        <location filename="../ui/panels/RankAgreementPanel.cpp" line="191"/>
        <location filename="../ui/panels/RankAgreementPanel.cpp" line="192"/>
        <source>rank in %1 (1 = lowest loss)</source>
        <translation>在 %1 中的排名（1 = 损失最低）</translation>
    </message>
    <message>
        <location filename="../ui/panels/RankAgreementPanel.cpp" line="193"/>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <location filename="../ui/panels/RankAgreementPanel.cpp" line="198"/>
        <location filename="../ui/panels/RankAgreementPanel.cpp" line="288"/>
        <source>Rank agreement</source>
        <translation>排名一致性</translation>
    </message>
    <message>
        <location filename="../ui/panels/RankAgreementPanel.cpp" line="256"/>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../ui/panels/RankAgreementPanel.cpp" line="257"/>
        <source>top %1 % in A only</source>
        <translation>仅属 A 的前 %1%</translation>
    </message>
    <message>
        <location filename="../ui/panels/RankAgreementPanel.cpp" line="258"/>
        <source>top %1 % in B only</source>
        <translation>仅属 B 的前 %1%</translation>
    </message>
    <message>
        <location filename="../ui/panels/RankAgreementPanel.cpp" line="259"/>
        <source>top %1 % in both</source>
        <translation>同属两者的前 %1%</translation>
    </message>
    <message>
        <location filename="../ui/panels/RankAgreementPanel.cpp" line="264"/>
        <source>%L1 configurations compared</source>
        <translation>已比较 %L1 个配置</translation>
    </message>
    <message>
        <location filename="../ui/panels/RankAgreementPanel.cpp" line="266"/>
        <source>left out (missing in either landscape): %L1</source>
        <translation>已略过（在任一景观中缺失）：%L1</translation>
    </message>
    <message>
        <location filename="../ui/panels/RankAgreementPanel.cpp" line="268"/>
        <source>Spearman ρ = %1</source>
        <translation>Spearman ρ = %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/RankAgreementPanel.cpp" line="268"/>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../ui/panels/RankAgreementPanel.cpp" line="269"/>
        <source>shake-up: all %1 · top %2 % of A %3</source>
        <translation>排名变动：全部 %1 · A 的前 %2% %3</translation>
    </message>
    <message>
        <location filename="../ui/panels/RankAgreementPanel.cpp" line="273"/>
        <source>top %1 % sets (%L2 each): IoU %3 · overlap %4</source>
        <translation>前 %1% 集合（各 %L2 个）：IoU %3 · 重叠度 %4</translation>
    </message>
    <message>
        <location filename="../ui/panels/RankAgreementPanel.cpp" line="288"/>
        <source>Rank agreement — %1</source>
        <translation>排名一致性 — %1</translation>
    </message>
</context>
<context>
    <name>hplx::ScatterChart</name>
    <message>
        <location filename="../ui/charts/ScatterChart.cpp" line="327"/>
        <source>configuration %1</source>
        <translation>配置 %1</translation>
    </message>
    <message>
        <location filename="../ui/charts/ScatterChart.cpp" line="332"/>
        <source>%1
%2: %3
%4: %5</source>
        <translation>%1
%2：%3
%4：%5</translation>
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
    <name>hplx::SimilarityPanel</name>
    <message>
        <location filename="../ui/panels/SimilarityPanel.cpp" line="107"/>
        <source>Datasets (at this fidelity and split)</source>
        <translation>数据集（在此保真度和划分下）</translation>
    </message>
    <message>
        <location filename="../ui/panels/SimilarityPanel.cpp" line="108"/>
        <source>Datasets × fidelities (this split)</source>
        <translation>数据集 × 保真度（此划分）</translation>
    </message>
    <message>
        <location filename="../ui/panels/SimilarityPanel.cpp" line="111"/>
        <source>Spearman ρ</source>
        <translation>Spearman ρ</translation>
    </message>
    <message>
        <location filename="../ui/panels/SimilarityPanel.cpp" line="112"/>
        <source>Shake-up (all)</source>
        <translation>排名变动（全部）</translation>
    </message>
    <message>
        <location filename="../ui/panels/SimilarityPanel.cpp" line="113"/>
        <source>Shake-up (top)</source>
        <translation>排名变动（前列）</translation>
    </message>
    <message>
        <location filename="../ui/panels/SimilarityPanel.cpp" line="114"/>
        <source>γ-set IoU</source>
        <translation>γ 集 IoU</translation>
    </message>
    <message>
        <location filename="../ui/panels/SimilarityPanel.cpp" line="115"/>
        <source>γ-set overlap</source>
        <translation>γ 集重叠度</translation>
    </message>
    <message>
        <location filename="../ui/panels/SimilarityPanel.cpp" line="116"/>
        <source>Spearman rank correlation of the losses on the configurations both evaluated</source>
        <translation>在两者均已评估的配置上损失的 Spearman 秩相关</translation>
    </message>
    <message>
        <location filename="../ui/panels/SimilarityPanel.cpp" line="118"/>
        <source>Mean |rank difference| / n over all common configurations (0: same ranking)</source>
        <translation>所有共有配置上的平均 |排名差| / n（0：排名相同）</translation>
    </message>
    <message>
        <location filename="../ui/panels/SimilarityPanel.cpp" line="121"/>
        <source>Mean |rank difference| / n over the best 10 % of the row landscape (0: same ranking)</source>
        <translation>行景观最佳 10% 配置上的平均 |排名差| / n（0：排名相同）</translation>
    </message>
    <message>
        <location filename="../ui/panels/SimilarityPanel.cpp" line="122"/>
        <source>Intersection over union of the best-10 % sets</source>
        <translation>最佳 10% 集合的交并比</translation>
    </message>
    <message>
        <location filename="../ui/panels/SimilarityPanel.cpp" line="123"/>
        <source>Share of the row landscape&apos;s best 10 % that is also among the column&apos;s</source>
        <translation>行景观的最佳 10% 中同样属于列景观最佳 10% 的比例</translation>
    </message>
    <message>
        <location filename="../ui/panels/SimilarityPanel.cpp" line="129"/>
        <source>Compute again</source>
        <translation>重新计算</translation>
    </message>
    <message>
        <location filename="../ui/panels/SimilarityPanel.cpp" line="138"/>
        <source>Fewer than 2 configurations evaluated in both.</source>
        <translation>两者均已评估的配置少于 2 个。</translation>
    </message>
    <message>
        <location filename="../ui/panels/SimilarityPanel.cpp" line="139"/>
        <source>%L1 configurations evaluated in both.</source>
        <translation>两者均已评估的配置有 %L1 个。</translation>
    </message>
    <message>
        <location filename="../ui/panels/SimilarityPanel.cpp" line="143"/>
        <source>Compare:</source>
        <translation>比较：</translation>
    </message>
    <message>
        <location filename="../ui/panels/SimilarityPanel.cpp" line="145"/>
        <source>Measure:</source>
        <translation>度量：</translation>
    </message>
    <message>
        <location filename="../ui/panels/SimilarityPanel.cpp" line="283"/>
        <source>%1 · %2 · split %3</source>
        <translation>%1 · %2 · 划分 %3</translation>
    </message>
    <message>
        <location filename="../ui/panels/SimilarityPanel.cpp" line="298"/>
        <source>Select a landscape.</source>
        <translation>请选择一个景观。</translation>
    </message>
    <message>
        <location filename="../ui/panels/SimilarityPanel.cpp" line="299"/>
        <source>Only one landscape of this model, loss and split here: nothing to compare it with.</source>
        <translation>此处该模型、损失和划分下只有一个景观：没有可与之比较的景观。</translation>
    </message>
    <message>
        <location filename="../ui/panels/SimilarityPanel.cpp" line="306"/>
        <source>The matrix is computed when this tab is shown.</source>
        <translation>显示此选项卡时将计算矩阵。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/SimilarityPanel.cpp" line="320"/>
        <location filename="../ui/panels/SimilarityPanel.cpp" line="321"/>
        <source>Comparing %n landscapes…</source>
        <translation>
            <numerusform>正在比较 %n 个景观…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/SimilarityPanel.cpp" line="329"/>
        <source>Similarity of %n landscapes</source>
        <translation>
            <numerusform>%n 个景观的相似性</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/panels/SimilarityPanel.cpp" line="350"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../ui/panels/SimilarityPanel.cpp" line="350"/>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <location filename="../ui/panels/SimilarityPanel.cpp" line="351"/>
        <source>The comparison was cancelled.</source>
        <translation>比较已取消。</translation>
    </message>
    <message>
        <location filename="../ui/panels/SimilarityPanel.cpp" line="352"/>
        <source>The comparison failed: %1</source>
        <translation>比较失败：%1</translation>
    </message>
    <message>
        <location filename="../ui/panels/SimilarityPanel.cpp" line="400"/>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <location filename="../ui/panels/SimilarityPanel.cpp" line="400"/>
        <source>Dataset · %1</source>
        <translation>数据集 · %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/SimilarityPanel.cpp" line="411"/>
        <source>Spearman ρ of the losses</source>
        <translation>损失的 Spearman ρ</translation>
    </message>
    <message>
        <location filename="../ui/panels/SimilarityPanel.cpp" line="419"/>
        <source>Shake-up, all: mean |Δrank| / n</source>
        <translation>排名变动，全部：平均 |Δ排名| / n</translation>
    </message>
    <message>
        <location filename="../ui/panels/SimilarityPanel.cpp" line="420"/>
        <source>Shake-up, top %1 % of row: mean |Δrank| / n</source>
        <translation>排名变动，行的前 %1%：平均 |Δ排名| / n</translation>
    </message>
    <message>
        <location filename="../ui/panels/SimilarityPanel.cpp" line="425"/>
        <source>γ-set IoU (γ = %1)</source>
        <translation>γ 集 IoU（γ = %1）</translation>
    </message>
    <message>
        <location filename="../ui/panels/SimilarityPanel.cpp" line="429"/>
        <source>γ-set overlap |A ∩ B| / |A| (γ = %1)</source>
        <translation>γ 集重叠度 |A ∩ B| / |A|（γ = %1）</translation>
    </message>
    <message>
        <location filename="../ui/panels/SimilarityPanel.cpp" line="448"/>
        <source>Click a cell to compare its two landscapes side by side.</source>
        <translation>单击单元格以并排比较其两个景观。</translation>
    </message>
    <message>
        <location filename="../ui/panels/SimilarityPanel.cpp" line="454"/>
        <source>Similarity</source>
        <translation>相似性</translation>
    </message>
    <message>
        <location filename="../ui/panels/SimilarityPanel.cpp" line="454"/>
        <source>Similarity — %1</source>
        <translation>相似性 — %1</translation>
    </message>
</context>
<context>
    <name>hplx::SurfacePanel</name>
    <message>
        <location filename="../ui/panels/SurfacePanel.cpp" line="43"/>
        <source>3-D terrain</source>
        <translation>三维地形</translation>
    </message>
    <message>
        <location filename="../ui/panels/SurfacePanel.cpp" line="44"/>
        <source>Top-down map</source>
        <translation>俯视图</translation>
    </message>
    <message>
        <location filename="../ui/panels/SurfacePanel.cpp" line="45"/>
        <source>Contours</source>
        <translation>等高线</translation>
    </message>
    <message>
        <location filename="../ui/panels/SurfacePanel.cpp" line="47"/>
        <source>Points</source>
        <translation>点</translation>
    </message>
    <message>
        <location filename="../ui/panels/SurfacePanel.cpp" line="49"/>
        <source>Reset view</source>
        <translation>重置视图</translation>
    </message>
    <message>
        <location filename="../ui/panels/SurfacePanel.cpp" line="54"/>
        <source>Colour:</source>
        <translation>颜色：</translation>
    </message>
    <message>
        <location filename="../ui/panels/SurfacePanel.cpp" line="118"/>
        <source>Computing the embedding…</source>
        <translation>正在计算嵌入…</translation>
    </message>
    <message>
        <location filename="../ui/panels/SurfacePanel.cpp" line="118"/>
        <source>Select a landscape.</source>
        <translation>请选择一个景观。</translation>
    </message>
    <message>
        <location filename="../ui/panels/SurfacePanel.cpp" line="145"/>
        <source>Triangulating the surface</source>
        <translation>正在对曲面进行三角剖分</translation>
    </message>
    <message>
        <location filename="../ui/panels/SurfacePanel.cpp" line="165"/>
        <source>loss rank</source>
        <translation>损失排名</translation>
    </message>
    <message>
        <location filename="../ui/panels/SurfacePanel.cpp" line="166"/>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../ui/panels/SurfacePanel.cpp" line="172"/>
        <source>%L1 points · T = %2</source>
        <translation>%L1 个点 · T = %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/SurfacePanel.cpp" line="173"/>
        <source>HOPE embedding of the improving graph, reduced to 2-D by UMAP%1. T: trustworthiness (k = %2) of the layout against the HOPE input; 1 keeps every neighbourhood.</source>
        <translation>改进图的 HOPE 嵌入，经 UMAP 降至二维%1。T：布局相对于 HOPE 输入的可信度（k = %2）；1 表示保留了所有邻域。</translation>
    </message>
    <message>
        <location filename="../ui/panels/SurfacePanel.cpp" line="175"/>
        <source> (from the result cache)</source>
        <translation>（来自结果缓存）</translation>
    </message>
    <message>
        <location filename="../ui/panels/SurfacePanel.cpp" line="156"/>
        <location filename="../ui/panels/SurfacePanel.cpp" line="189"/>
        <source>Loss rank</source>
        <translation>损失排名</translation>
    </message>
    <message>
        <location filename="../ui/panels/SurfacePanel.cpp" line="253"/>
        <source>Surface — %1</source>
        <translation>曲面 — %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/SurfacePanel.cpp" line="253"/>
        <source>Surface</source>
        <translation>曲面</translation>
    </message>
    <message>
        <location filename="../ui/panels/SurfacePanel.cpp" line="260"/>
        <location filename="../ui/panels/SurfacePanel.cpp" line="281"/>
        <source>The 3-D view is not shown yet.</source>
        <translation>三维视图尚未显示。</translation>
    </message>
</context>
<context>
    <name>hplx::Workspace</name>
    <message>
        <location filename="../ui/window/Workspace.cpp" line="151"/>
        <source>Loading %1</source>
        <translation>正在加载 %1</translation>
    </message>
    <message>
        <location filename="../ui/window/Workspace.cpp" line="200"/>
        <source>Embedding of %1</source>
        <translation>%1 的嵌入</translation>
    </message>
    <message>
        <location filename="../ui/window/Workspace.cpp" line="230"/>
        <source>Local optima network of %1</source>
        <translation>%1 的局部最优网络</translation>
    </message>
    <message>
        <location filename="../ui/window/Workspace.cpp" line="268"/>
        <source>Metrics of %1</source>
        <translation>%1 的指标</translation>
    </message>
    <message>
        <location filename="../ui/window/Workspace.cpp" line="285"/>
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
