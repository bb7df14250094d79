<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>hplx::LandscapeTableModel</name>
    <message>
        <location filename="../ui/model/LandscapeTableModel.cpp" line="52" />
        <source>Complete: every configuration of the grid was evaluated</source>
        <translation>完整：网格中的每个配置都已评估</translation>
    </message>
    <message>
        <location filename="../ui/model/LandscapeTableModel.cpp" line="53" />
        <source>Partial: %1 of %2 configurations evaluated</source>
        <translation>部分：已评估 %2 个配置中的 %1 个</translation>
    </message>
    <message>
        <location filename="../ui/model/LandscapeTableModel.cpp" line="77" />
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/model/LandscapeTableModel.cpp" line="89" />
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../ui/model/LandscapeTableModel.cpp" line="91" />
        <source>Search space</source>
        <translation>搜索空间</translation>
    </message>
    <message>
        <location filename="../ui/model/LandscapeTableModel.cpp" line="93" />
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../ui/model/LandscapeTableModel.cpp" line="95" />
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <location filename="../ui/model/LandscapeTableModel.cpp" line="97" />
        <source>Fidelity</source>
        <translation>保真度</translation>
    </message>
    <message>
        <location filename="../ui/model/LandscapeTableModel.cpp" line="99" />
        <source>Split</source>
        <translation>数据划分</translation>
    </message>
    <message>
        <location filename="../ui/model/LandscapeTableModel.cpp" line="101" />
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../ui/model/LandscapeTableModel.cpp" line="103" />
        <source>Configurations</source>
        <translation>配置数</translation>
    </message>
</context>
<context>
    <name>hplx::MainWindow</name>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="60" />
        <source>Hyperparameter</source>
        <translation>超参数</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="60" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="60" />
        <source>Values</source>
        <translation>取值</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="62" />
        <source>Search space</source>
        <translation>搜索空间</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="71" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="72" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="73" />
        <source>&amp;About HPLX</source>
        <translation>关于 HPLX(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="74" />
        <source>About HPLX</source>
        <translation>关于 HPLX</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="75" />
        <source>&lt;b&gt;HPLX %1&lt;/b&gt; — Hyperparameter Landscape Explorer.&lt;p&gt;Explore the loss landscapes of hyperparameter grids: local optima, basins, landscape metrics and similarity.</source>
        <translation>&lt;b&gt;HPLX %1&lt;/b&gt; — 超参数损失景观浏览器。&lt;p&gt;探索超参数网格的损失景观：局部最优、吸引盆、景观指标与相似性。</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="92" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="93" />
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="95" />
        <source>Open landscape database</source>
        <translation>打开景观数据库</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="96" />
        <source>Landscape databases (*.db *.sqlite *.sqlite3 *.hplx);;All files (*)</source>
        <translation>景观数据库 (*.db *.sqlite *.sqlite3 *.hplx);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="101" />
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="103" />
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="106" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="117" />
        <source>Cannot open %1</source>
        <translation>无法打开 %1</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="169" />
        <source>ordinal</source>
        <translation>有序</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="169" />
        <source>categorical</source>
        <translation>类别</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/window/MainWindow.cpp" line="171" />
        <source>%n value(s)</source>
        <translation>
            <numerusform>%n 个取值</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="201" />
        <source>HPLX</source>
        <translation>HPLX</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="202" />
        <source>No database open — use File ▸ Open or drop a database file here</source>
        <translation>未打开数据库 — 请使用 文件 ▸ 打开，或将数据库文件拖放到此处</translation>
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
            <numerusform>%1：%n 个景观</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/window/MainWindow.cpp" line="209" />
        <source>, %n search space(s)</source>
        <translation>
            <numerusform>，%n 个搜索空间</numerusform></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="57" />
        <source>Hyperparameter Landscape Explorer</source>
        <translation>超参数损失景观浏览器</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="61" />
        <source>Landscape database to open (default: the bundled sample).</source>
        <translation>要打开的景观数据库（默认：随附的示例数据库）。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="64" />
        <source>Select the landscape with this id.</source>
        <translation>选择具有此编号的景观。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="67" />
        <source>Landscape to compare with (id).</source>
        <translation>用于比较的景观（编号）。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="70" />
        <source>Save a PNG of the main window once it is painted.</source>
        <translation>主窗口绘制完成后将其保存为 PNG。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="73" />
        <source>Quit after the screenshot.</source>
        <translation>截图后退出。</translation>
    </message>
</context>
</TS>