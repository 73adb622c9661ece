<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Autosaver</name>
    <message>
        <location filename="../../gui/campaign_planner/qt/autosave.py" line="105"/>
        <source>the lock file cannot be made</source>
        <extracomment>why the working copy is not up to date (one line), or &quot;&quot; once a write succeeded again</extracomment>
        <translation>无法创建锁文件</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/autosave.py" line="106"/>
        <source>cannot lock a working copy in %1 (%2)</source>
        <translation>无法锁定 %1 中的工作副本（%2）</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/autosave.py" line="171"/>
        <source>%1: cannot be read (%2)</source>
        <translation>%1：无法读取（%2）</translation>
    </message>
</context>
<context>
    <name>CalibrationDialog</name>
    <message>
        <location filename="../../gui/campaign_planner/qt/calibration.py" line="42"/>
        <source>Fitted to delivered numbers</source>
        <translation>按实际投放数据拟合</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/campaign_planner/qt/calibration.py" line="45"/>
        <source>The eligible shares and kappa that make the model&apos;s reach of each delivered slot closest to what “%1” reports (%Ln row(s), each slot&apos;s impressions as exposure). The range is about 80 % sure. A value the numbers do not pin down keeps the plan&apos;s.</source>
        <translation>
            <numerusform>使模型对每个已投放入口的触达最接近“%1”所报数据的可见用户占比和 kappa（%Ln 行，以各入口的曝光量作为暴露）。范围约有 80% 的把握。数据不足以确定的值保留计划值。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/calibration.py" line="51"/>
        <source>Assumption</source>
        <translation>假设</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/calibration.py" line="51"/>
        <source>Plan</source>
        <translation>计划值</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/calibration.py" line="51"/>
        <source>Fitted</source>
        <translation>拟合值</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/calibration.py" line="52"/>
        <source>Range</source>
        <translation>范围</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/calibration.py" line="56"/>
        <source>%1: %2</source>
        <comment>a field of a slot</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/calibration.py" line="60"/>
        <source>not pinned down: kept</source>
        <translation>无法确定：保留</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/calibration.py" line="69"/>
        <source>Fitted %1, but the range is too wide or the value is on a limit: the delivered numbers do not pin it down</source>
        <translation>拟合值为 %1，但范围太宽或取值落在边界上：实际投放数据无法确定它</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/calibration.py" line="77"/>
        <source>The model&apos;s reach is off by %1 % with the plan&apos;s values and by %2 % with the fitted ones (root mean square, relative).</source>
        <translation>用计划值时模型的触达偏差 %1%，用拟合值时偏差 %2%（相对误差的均方根）。</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/calibration.py" line="84"/>
        <source>Apply Fitted Values</source>
        <translation>应用拟合值</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/calibration.py" line="85"/>
        <source>Keep the Plan&apos;s Values</source>
        <translation>保留计划值</translation>
    </message>
</context>
<context>
    <name>ChartsPanel</name>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/panel.py" line="102"/>
        <source>bands %p%</source>
        <translation>区间 %p%</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/panel.py" line="105"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/panel.py" line="113"/>
        <source>Reach</source>
        <translation>触达</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/panel.py" line="113"/>
        <source>Daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/panel.py" line="113"/>
        <source>Slots</source>
        <translation>入口</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/panel.py" line="114"/>
        <source>Frequency</source>
        <translation>频次</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/panel.py" line="114"/>
        <source>Funnel</source>
        <translation>漏斗</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/panel.py" line="118"/>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/panel.py" line="119"/>
        <source>Two scenarios side by side: both reach curves, the difference with its P10–P90 band, and a table</source>
        <translation>两个方案并排：两条触达曲线、差值及其 P10–P90 区间，以及对比表</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/panel.py" line="220"/>
        <source>Delivered</source>
        <translation>实际投放</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/panel.py" line="221"/>
        <source>Delivered reach beside the plan&apos;s projection, slot by slot (File &gt; Import Delivered Numbers…)</source>
        <translation>逐个入口对照实际触达与计划预测（文件 &gt; 导入实际投放数据…）</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/panel.py" line="364"/>
        <source>Chart as PNG…</source>
        <translation>图表导出为 PNG…</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/panel.py" line="365"/>
        <source>Chart as SVG…</source>
        <translation>图表导出为 SVG…</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/panel.py" line="366"/>
        <source>Copy chart</source>
        <translation>复制图表</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/panel.py" line="368"/>
        <source>Projected series as CSV…</source>
        <translation>预测序列导出为 CSV…</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/panel.py" line="369"/>
        <source>PDF report…</source>
        <translation>PDF 报告…</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/panel.py" line="370"/>
        <source>PDF report with comparison…</source>
        <translation>含比较的 PDF 报告…</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/panel.py" line="397"/>
        <location filename="../../gui/campaign_planner/qt/charts/panel.py" line="466"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/panel.py" line="408"/>
        <source>Export chart as PNG</source>
        <translation>导出图表为 PNG</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/panel.py" line="408"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/panel.py" line="416"/>
        <location filename="../../gui/campaign_planner/qt/charts/panel.py" line="428"/>
        <location filename="../../gui/campaign_planner/qt/charts/panel.py" line="442"/>
        <location filename="../../gui/campaign_planner/qt/charts/panel.py" line="478"/>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/panel.py" line="421"/>
        <source>Export chart as SVG</source>
        <translation>导出图表为 SVG</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/panel.py" line="421"/>
        <source>SVG images (*.svg)</source>
        <translation>SVG 图片 (*.svg)</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/panel.py" line="434"/>
        <source>Export projected series</source>
        <translation>导出预测序列</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/panel.py" line="434"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/panel.py" line="449"/>
        <source>Export PDF report</source>
        <translation>导出 PDF 报告</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/panel.py" line="449"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/panel.py" line="452"/>
        <location filename="../../gui/campaign_planner/qt/charts/panel.py" line="503"/>
        <source>Writing the report…</source>
        <translation>正在生成报告…</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/panel.py" line="452"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/panel.py" line="453"/>
        <source>PDF report</source>
        <translation>PDF 报告</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/panel.py" line="487"/>
        <source>Computing the P10–P90 band…</source>
        <translation>正在计算 P10–P90 区间…</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/panel.py" line="473"/>
        <source>Report cancelled; nothing was written</source>
        <translation>报告已取消；未写入任何文件</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/panel.py" line="498"/>
        <source>Computing the comparison&apos;s P10–P90 band…</source>
        <translation>正在计算比较的 P10–P90 区间…</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/panel.py" line="515"/>
        <source>Chart copied</source>
        <translation>图表已复制</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/compare.py" line="201"/>
        <source>Reach by the end</source>
        <translation>期末触达</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/compare.py" line="203"/>
        <source>Reached %1+ times</source>
        <translation>触达 %1 次及以上</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/compare.py" line="205"/>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/compare.py" line="207"/>
        <source>Cost per thousand reached</source>
        <translation>每千人触达费用</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/compare.py" line="208"/>
        <source>Target reached on</source>
        <translation>达成目标日期</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/compare.py" line="214"/>
        <source>the same day</source>
        <translation>同一天</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/compare.py" line="215"/>
        <source>%n day(s) earlier</source>
        <translation>提前 %n 天</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/compare.py" line="216"/>
        <source>%n day(s) later</source>
        <translation>推迟 %n 天</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/compare.py" line="224"/>
        <source>not reached</source>
        <translation>未达成</translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/compare.py" line="260"/>
        <source>Scenario A: the one compared against</source>
        <translation>方案 A：作为比较基准的方案</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/compare.py" line="261"/>
        <source>Scenario B: the difference is B − A</source>
        <translation>方案 B：差值为 B − A</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/compare.py" line="264"/>
        <source>Swap A and B</source>
        <translation>交换 A 和 B</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/compare.py" line="268"/>
        <source>Compare A</source>
        <translation>比较 A</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/compare.py" line="271"/>
        <source>with B</source>
        <translation>与 B</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/compare.py" line="318"/>
        <source>Add a scenario (Scenario menu) to compare two</source>
        <translation>添加一个方案（“方案”菜单）即可比较两个方案</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/compare.py" line="404"/>
        <source>B − A</source>
        <translation>B − A</translation>
    </message>
</context>
<context>
    <name>DailyChart</name>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/views.py" line="474"/>
        <source>Reached that day</source>
        <translation>当日触达</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/views.py" line="475"/>
        <source>New people</source>
        <translation>新增触达</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/views.py" line="486"/>
        <source>Daily reach and new people</source>
        <translation>每日触达与新增人数</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/views.py" line="486"/>
        <source>  (preview)</source>
        <translation>  （预览）</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/views.py" line="493"/>
        <source>reached that day %1</source>
        <translation>当日触达 %1</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/views.py" line="494"/>
        <source>new %1</source>
        <translation>新增 %1</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/datefield.py" line="30"/>
        <location filename="../../gui/campaign_planner/qt/panels/datefield.py" line="60"/>
        <source>yyyy-mm-dd</source>
        <translation>年-月-日</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/datefield.py" line="31"/>
        <source>Type a date (2020-03-05, 2020/3/5, 2020年3月5日) or pick one; Up and Down change it by a day</source>
        <translation>输入日期（2020-03-05、2020/3/5、2020年3月5日）或从日历中选择；上下方向键每次改变一天</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/datefield.py" line="37"/>
        <source>Pick a date from a calendar</source>
        <translation>从日历中选择日期</translation>
    </message>
</context>
<context>
    <name>DeliveredChart</name>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/delivered.py" line="56"/>
        <source>%1: planned</source>
        <translation>%1：计划</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/delivered.py" line="57"/>
        <source>%1: delivered</source>
        <translation>%1：实际</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/delivered.py" line="60"/>
        <source>Fitted model (dashed, in the slot&apos;s colour)</source>
        <translation>拟合模型（虚线，颜色同入口）</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/delivered.py" line="63"/>
        <source>Delivered reach beside the plan (%1): the fit&apos;s error %2 % with the fitted values, %3 % with the plan&apos;s values when imported</source>
        <translation>实际触达对照计划（%1）：拟合值误差 %2%，导入时的计划值误差 %3%</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/delivered.py" line="75"/>
        <source>%1 planned %2, delivered %3</source>
        <translation>%1 计划 %2，实际 %3</translation>
    </message>
</context>
<context>
    <name>DeliveredImport</name>
    <message>
        <location filename="../../gui/campaign_planner/qt/calibration.py" line="111"/>
        <source>Import delivered numbers</source>
        <translation>导入实际投放数据</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/campaign_planner/qt/calibration.py" line="131"/>
        <source>Delivered numbers of %n slot(s) imported from %1</source>
        <translation>
            <numerusform>已从 %1 导入 %n 个入口的实际投放数据</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/campaign_planner/qt/calibration.py" line="134"/>
        <source>fitted to delivered numbers (%Ln row(s))</source>
        <translation>
            <numerusform>按实际投放数据拟合（%Ln 行）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/calibration.py" line="135"/>
        <source>Apply fitted values</source>
        <translation>应用拟合值</translation>
    </message>
</context>
<context>
    <name>DifferenceChart</name>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/compare.py" line="142"/>
        <source>Difference</source>
        <translation>差值</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/compare.py" line="143"/>
        <source>P10-P90 band of the difference</source>
        <translation>差值的 P10-P90 区间</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/compare.py" line="177"/>
        <source>%2 − %1</source>
        <translation>%2 − %1</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/compare.py" line="180"/>
        <source>%1 by the end</source>
        <translation>期末 %1</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/compare.py" line="183"/>
        <source>P10–P90 %1 to %2</source>
        <translation>P10–P90 %1 至 %2</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/compare.py" line="190"/>
        <source>difference %1</source>
        <translation>差值 %1</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/compare.py" line="193"/>
        <source>P10-P90 %1 – %2</source>
        <translation>P10-P90 %1 – %2</translation>
    </message>
</context>
<context>
    <name>FrequencyChart</name>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/views.py" line="604"/>
        <source>%1 exposures</source>
        <translation>%1 次曝光</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/views.py" line="611"/>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/views.py" line="613"/>
        <source>Exposures per person on %1</source>
        <translation>截至 %1 的人均曝光次数分布</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/views.py" line="615"/>
        <source>not reached: %1 (off the scale)</source>
        <translation>未触达：%1（超出刻度）</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/views.py" line="616"/>
        <source>  (preview)</source>
        <translation>  （预览）</translation>
    </message>
</context>
<context>
    <name>FunnelChart</name>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/views.py" line="628"/>
        <source>Reached</source>
        <translation>触达</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/views.py" line="628"/>
        <source>Visitors</source>
        <translation>访问</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/views.py" line="628"/>
        <source>Retained (7 days)</source>
        <translation>留存（7 日）</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/views.py" line="643"/>
        <source>Funnel by the end of the plan</source>
        <translation>计划结束时的转化漏斗</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/views.py" line="643"/>
        <source>  (preview)</source>
        <translation>  （预览）</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <location filename="../../gui/campaign_planner/qt/help.py" line="73"/>
        <source>Campaign Planner user guide</source>
        <translation>小程序投放规划使用指南</translation>
    </message>
</context>
<context>
    <name>ImageSizeDialog</name>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/panel.py" line="65"/>
        <source>Image size</source>
        <translation>图片尺寸</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/panel.py" line="74"/>
        <source>Width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/panel.py" line="75"/>
        <source>Height</source>
        <translation>高度</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/panel.py" line="76"/>
        <source>Resolution</source>
        <translation>分辨率</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="176"/>
        <source>“%1” is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="974"/>
        <source>Not changed: %1</source>
        <translation>未更改：%1</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="980"/>
        <source>Placement %1</source>
        <translation>投放 %1</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="985"/>
        <source>Phase</source>
        <translation>阶段</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="981"/>
        <source>%n placement(s) selected</source>
        <translation>
            <numerusform>已选择 %n 个投放</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="167"/>
        <source>“%1” is not a date: type it as 2020-03-05</source>
        <extracomment>the currencies the Currency field offers (any other three-letter code may be typed)</extracomment>
        <translation>“%1”不是日期：请输入如 2020-03-05 的格式</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="989"/>
        <source>Slot</source>
        <translation>入口</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="993"/>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/campaign_planner/qt/files.py" line="164"/>
        <source>Cannot open the plan</source>
        <translation>无法打开计划</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/main_window.py" line="55"/>
        <source>Slots</source>
        <translation>入口</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/main_window.py" line="57"/>
        <source>Inspector</source>
        <translation>属性</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/main_window.py" line="58"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/main_window.py" line="59"/>
        <source>Reach</source>
        <translation>触达</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/main_window.py" line="124"/>
        <location filename="../../gui/campaign_planner/qt/main_window.py" line="132"/>
        <source>Problems with the planner&apos;s files</source>
        <translation>规划工具的文件出现问题</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/main_window.py" line="470"/>
        <source>Autosave failed: %1. Save the plan to keep your changes.</source>
        <translation>自动保存失败：%1。请保存计划以保留您的更改。</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/main_window.py" line="137"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/main_window.py" line="138"/>
        <source>&amp;New from template</source>
        <translation>从模板新建(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/main_window.py" line="140"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/main_window.py" line="141"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/main_window.py" line="144"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/main_window.py" line="145"/>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/main_window.py" line="146"/>
        <source>Save as &amp;Template…</source>
        <translation>另存为模板(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/main_window.py" line="150"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/main_window.py" line="152"/>
        <source>&amp;Close plan</source>
        <translation>关闭计划(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/main_window.py" line="154"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/main_window.py" line="156"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/main_window.py" line="239"/>
        <location filename="../../gui/campaign_planner/qt/main_window.py" line="243"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/main_window.py" line="239"/>
        <location filename="../../gui/campaign_planner/qt/main_window.py" line="244"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/main_window.py" line="161"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/main_window.py" line="56"/>
        <source>Scenarios</source>
        <translation>方案</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/main_window.py" line="72"/>
        <source>Scenario</source>
        <translation>方案</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/main_window.py" line="75"/>
        <source>Scenario:</source>
        <translation>方案：</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/main_window.py" line="147"/>
        <source>Import &amp;Delivered Numbers…</source>
        <translation>导入实际投放数据(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/main_window.py" line="148"/>
        <source>Set what the platforms&apos; dashboards reported beside the plan and fit the eligible shares and kappa to it</source>
        <translation>把各平台后台报告的数据与计划对照，并据此拟合可见用户占比和 kappa</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/main_window.py" line="162"/>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/main_window.py" line="163"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/main_window.py" line="164"/>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/main_window.py" line="169"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/main_window.py" line="170"/>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/main_window.py" line="173"/>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/main_window.py" line="174"/>
        <source>&amp;Fit to Plan</source>
        <translation>适应计划(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/main_window.py" line="176"/>
        <source>Count &amp;Forbidden Placements</source>
        <translation>计入被禁止的投放(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/main_window.py" line="178"/>
        <source>Count placements the rules forbid in the projected reach (they are hatched on the timeline)</source>
        <translation>在预测触达中计入规则禁止的投放（它们在时间轴上以斜线标出）</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/main_window.py" line="181"/>
        <source>Reach per &amp;Phase</source>
        <translation>分阶段触达(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/main_window.py" line="183"/>
        <source>Add to the reach chart the people reached from each phase&apos;s first day on</source>
        <translation>在触达图上加上从每个阶段第一天起触达的人数</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/main_window.py" line="190"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/main_window.py" line="196"/>
        <source>&amp;Scenario</source>
        <translation>方案(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/main_window.py" line="199"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/main_window.py" line="200"/>
        <source>&amp;User Guide</source>
        <translation>使用指南(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/main_window.py" line="201"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/main_window.py" line="202"/>
        <source>The Model&apos;s &amp;Terms and Limits</source>
        <translation>模型术语和局限(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/main_window.py" line="204"/>
        <source>&amp;About Campaign Planner</source>
        <translation>关于小程序投放规划(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/main_window.py" line="271"/>
        <source>No recent plans</source>
        <translation>没有最近的计划</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/main_window.py" line="273"/>
        <source>Clear Recent Plans</source>
        <translation>清除最近的计划</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/main_window.py" line="322"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/main_window.py" line="416"/>
        <source>Cost %1</source>
        <translation>费用 %1</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/main_window.py" line="418"/>
        <source>Cost %1 of %2 budget</source>
        <translation>费用 %1，预算 %2</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/main_window.py" line="420"/>
        <source>Cost %1, over budget by %2</source>
        <translation>费用 %1，超出预算 %2</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/main_window.py" line="424"/>
        <source>Scenario %1 costs %2</source>
        <translation>方案 %1 的费用为 %2</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/main_window.py" line="425"/>
        <source>Scenario %1 costs %2; the budget is %3</source>
        <translation>方案 %1 的费用为 %2；预算为 %3</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/main_window.py" line="454"/>
        <location filename="../../gui/campaign_planner/qt/panels/scenarios.py" line="216"/>
        <source>Not changed: %1</source>
        <translation>未更改：%1</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/main_window.py" line="513"/>
        <source>%1[*] — %2 — Campaign Planner</source>
        <translation>%1[*] — %2 — 小程序投放规划</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/app.py" line="166"/>
        <location filename="../../gui/campaign_planner/qt/main_window.py" line="509"/>
        <source>Campaign Planner</source>
        <translation>小程序投放规划</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/main_window.py" line="516"/>
        <source>%1[*] — Campaign Planner</source>
        <translation>%1[*] — 小程序投放规划</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/files.py" line="134"/>
        <source>Cannot create the plan</source>
        <translation>无法创建计划</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/files.py" line="176"/>
        <source>Imported %1: save it as a plan file</source>
        <translation>已导入 %1：请另存为计划文件</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/files.py" line="227"/>
        <source>Cannot save the plan</source>
        <translation>无法保存计划</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/files.py" line="232"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/files.py" line="299"/>
        <source>A template named “%1” already exists: choose another name</source>
        <translation>已有名为“%1”的模板：请换一个名称</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/files.py" line="312"/>
        <source>Rename template</source>
        <translation>重命名模板</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/files.py" line="319"/>
        <source>Cannot rename the template</source>
        <translation>无法重命名模板</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/files.py" line="340"/>
        <source>Remove the template “%1”? This cannot be undone.</source>
        <translation>删除模板“%1”？此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/files.py" line="343"/>
        <source>Remove template</source>
        <translation>删除模板</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/files.py" line="344"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/files.py" line="349"/>
        <source>Cannot remove the template</source>
        <translation>无法删除模板</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/files.py" line="367"/>
        <source>Cannot change the recent plans</source>
        <translation>无法修改最近的计划列表</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/files.py" line="404"/>
        <source>A copy of unsaved changes could not be read (%1) and could not be set aside (%2).</source>
        <translation>一份未保存更改的副本无法读取（%1），也无法移走（%2）。</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/files.py" line="418"/>
        <source>The discarded changes could not be moved to %1 (%2).</source>
        <translation>已放弃的更改无法移至 %1（%2）。</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/files.py" line="430"/>
        <source>A copy of unsaved changes could not be read and was set aside in %1 (%2).</source>
        <translation>一份未保存更改的副本无法读取，已移至 %1（%2）。</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/files.py" line="434"/>
        <source>%1 copies of unsaved changes could not be read and were set aside in %2.</source>
        <translation>%1 份未保存更改的副本无法读取，已移至 %2。</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/files.py" line="453"/>
        <source>Restored unsaved changes to %1</source>
        <translation>已恢复 %1 的未保存更改</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/files.py" line="244"/>
        <source>Save as template</source>
        <translation>另存为模板</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/files.py" line="250"/>
        <location filename="../../gui/campaign_planner/qt/files.py" line="314"/>
        <source>Template name:</source>
        <translation>模板名称：</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/files.py" line="257"/>
        <location filename="../../gui/campaign_planner/qt/files.py" line="267"/>
        <source>Cannot save the template</source>
        <translation>无法保存模板</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/files.py" line="270"/>
        <source>Saved the template %1</source>
        <translation>已保存模板 %1</translation>
    </message>
</context>
<context>
    <name>OverlayChart</name>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/compare.py" line="94"/>
        <source>Cumulative unique reach: %1 and %2</source>
        <translation>累计去重触达：%1 与 %2</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/compare.py" line="118"/>
        <source>P10-P90 bands</source>
        <translation>P10-P90 区间</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/compare.py" line="120"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
</context>
<context>
    <name>PhasePage</name>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="312"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="313"/>
        <source>Rename phase</source>
        <translation>重命名阶段</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="315"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="316"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="317"/>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="319"/>
        <source>The categories this phase admits; “All categories” admits every category. A category admitted stays admitted in the platform&apos;s later phases.</source>
        <translation>本阶段准入的类目；“所有类目”表示准入全部类目。已准入的类目在该平台之后的阶段中仍然准入。</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="322"/>
        <source>Admits</source>
        <translation>准入类目</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="323"/>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="325"/>
        <source>Delete phase</source>
        <translation>删除阶段</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="334"/>
        <source>all platforms</source>
        <translation>所有平台</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="349"/>
        <source>Change phase dates</source>
        <translation>修改阶段日期</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="355"/>
        <source>Change admitted categories</source>
        <translation>修改准入类目</translation>
    </message>
</context>
<context>
    <name>PlacementPage</name>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="211"/>
        <source>Slot</source>
        <translation>入口</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="212"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="213"/>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="214"/>
        <source>Units per day</source>
        <translation>每日单位数</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="215"/>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="258"/>
        <source>from the slot&apos;s cost per unit</source>
        <translation>按入口单价计算</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="222"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="216"/>
        <source>The price agreed for the whole placement, whatever it delivers; empty: its units times the slot&apos;s cost per unit</source>
        <translation>整笔投放谈定的价格，与实际投放量无关；留空：按投放单位数乘以入口的单位费用计算</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="219"/>
        <source>Placement cost</source>
        <translation>投放费用</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="220"/>
        <source>What the placement costs in the scenario shown: its own cost if it has one, else the units the slot delivers (after its daily cap, inside the plan&apos;s dates) times its cost per unit</source>
        <translation>该投放在当前方案中的费用：有自己的费用时取该费用，否则为入口实际投放的单位数（每日上限之后、计划日期之内）乘以单位费用</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="223"/>
        <source>Empty fields differ between the selected placements. A value you enter is given to all of them.</source>
        <translation>空白的字段在所选投放之间各不相同。输入的值会赋给所有所选投放。</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="241"/>
        <source>several values</source>
        <translation>多个值</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="246"/>
        <source>Several slots</source>
        <translation>多个入口</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="272"/>
        <source>nothing: forbidden by the rules, so not counted</source>
        <translation>无：规则禁止，不计入</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="274"/>
        <source>the forbidden ones not counted</source>
        <translation>被禁止的投放不计入</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="283"/>
        <source>Change start</source>
        <translation>修改开始日期</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="284"/>
        <source>Change end</source>
        <translation>修改结束日期</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="285"/>
        <source>Change slot</source>
        <translation>修改入口</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="286"/>
        <source>Change units per day</source>
        <translation>修改每日单位数</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="287"/>
        <source>Change cost</source>
        <translation>修改费用</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="288"/>
        <source>Change note</source>
        <translation>修改备注</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="493"/>
        <source>Plan name</source>
        <translation>计划名称</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="491"/>
        <source>Rename plan</source>
        <translation>重命名计划</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="494"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="492"/>
        <source>Change plan dates</source>
        <translation>修改计划日期</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="495"/>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="496"/>
        <source>Target reach</source>
        <translation>目标触达</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="497"/>
        <source>people, e.g. 150000000</source>
        <translation>人数，例如 150000000</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="528"/>
        <source>Mini program</source>
        <translation>小程序</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="527"/>
        <source>Rename mini program</source>
        <translation>重命名小程序</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="530"/>
        <source>The mini program&apos;s category: the phases admit categories</source>
        <translation>小程序的类目：各阶段按类目准入</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="531"/>
        <source>Change category</source>
        <translation>修改类目</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="534"/>
        <source>Category</source>
        <translation>类目</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="536"/>
        <source>What the mini program has: entry slots may require it</source>
        <translation>小程序具备的资质：入口可能要求这些资质</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="539"/>
        <source>Flags</source>
        <translation>资质</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="562"/>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="563"/>
        <source>Assumptions</source>
        <translation>假设</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="564"/>
        <source>The audience and slot numbers the projection uses, with the range (low–high) the uncertainty bands draw from. Double-click a number to change it.</source>
        <translation>预测所用的人群和入口数字，以及不确定区间取值的范围（下限–上限）。双击数字可修改。</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="537"/>
        <source>Change flags</source>
        <translation>修改资质</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="500"/>
        <source>+ times</source>
        <translation> 次及以上</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="502"/>
        <source>The target counts the people reached at least this many times; 1 is plain unique reach. The reach chart&apos;s target date follows.</source>
        <translation>目标统计至少被触达这么多次的人数；1 即普通的去重触达。触达图上的达成目标日期随之变化。</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="505"/>
        <source>Target frequency</source>
        <translation>目标频次</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="511"/>
        <source>The currency of the plan&apos;s costs and budget: a three-letter code such as CNY. Amounts are not converted.</source>
        <translation>计划费用和预算所用的币种：三个字母的代码，例如 CNY。金额不会换算。</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="513"/>
        <source>Change currency</source>
        <translation>更改币种</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="516"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="517"/>
        <source>Change budget</source>
        <translation>更改预算</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="518"/>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="617"/>
        <source>Budget (%1)</source>
        <translation>预算（%1）</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="519"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="520"/>
        <source>What the plan may spend; a scenario that costs more is warned about. Empty: no budget.</source>
        <translation>计划可以花费的金额；费用超出的方案会收到警告。留空：没有预算。</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="522"/>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="751"/>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="523"/>
        <source>Budget left</source>
        <translation>剩余预算</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="524"/>
        <source>Per 1,000 reached</source>
        <translation>每千人触达</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="525"/>
        <source>What the scenario shown costs per thousand people it reaches by the end of the plan</source>
        <translation>当前方案到计划结束时每触达一千人的费用</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="543"/>
        <source>Assumption</source>
        <translation>假设</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="543"/>
        <source>Value</source>
        <translation>取值</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="543"/>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="652"/>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="750"/>
        <source>Low</source>
        <translation>下限</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="544"/>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="653"/>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="751"/>
        <source>High</source>
        <translation>上限</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="544"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="567"/>
        <source>Costs</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="568"/>
        <source>What each slot&apos;s unit costs, with its range (low–high), and what the scenario shown costs. Double-click a number to change it.</source>
        <translation>每个入口的单位费用及其范围（低–高），以及当前方案的费用。双击数字即可修改。</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="570"/>
        <source>Audience</source>
        <translation>受众</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="571"/>
        <source>Who the platforms reach: each platform&apos;s users, and the cells of their overlap (people who use exactly those platforms). Double-click to change.</source>
        <translation>各平台触达的人群：每个平台的用户数，以及它们重叠的各部分（恰好使用这些平台的人）。双击即可修改。</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="635"/>
        <source>assumption</source>
        <translation>假设</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="637"/>
        <source>No source gives this number: it is an assumption</source>
        <translation>没有来源给出此数字：这是一个假设</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="649"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="649"/>
        <source>Users</source>
        <translation>用户数</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="652"/>
        <source>People who use</source>
        <translation>使用以下平台的人</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="652"/>
        <source>Size</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="655"/>
        <source>Add Cell…</source>
        <translation>添加部分…</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="656"/>
        <source>Add the people who use exactly some platforms (an overlap, or one platform only)</source>
        <translation>添加恰好使用某些平台的人（一个重叠部分，或只用一个平台的人）</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="658"/>
        <source>Remove Cell</source>
        <translation>删除部分</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="696"/>
        <source>%1 only</source>
        <translation>仅%1</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="712"/>
        <source>Change platform users</source>
        <translation>更改平台用户数</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="723"/>
        <source>Change audience cell</source>
        <translation>更改受众部分</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="735"/>
        <source>Add audience cell</source>
        <translation>添加受众部分</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="742"/>
        <source>Remove audience cell</source>
        <translation>删除受众部分</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="750"/>
        <source>Slot</source>
        <translation>入口</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="750"/>
        <source>Per unit (%1)</source>
        <translation>单位费用（%1）</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="752"/>
        <source>What one unit of the slot (an insertion or a day) costs, in %1; low and high bound its range</source>
        <translation>入口一个单位（一次投放或一天）的费用，单位为 %1；低和高为其范围</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="754"/>
        <source>What the slot&apos;s placements in the scenario shown cost</source>
        <translation>该入口在当前方案中的投放费用</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="786"/>
        <source>%1 (%2 – %3)</source>
        <comment>cost (its range)</comment>
        <translation>%1（%2 – %3）</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="790"/>
        <source>Scenario %1 costs %2; %3 with every slot&apos;s cost per unit at its low end, %4 at its high end</source>
        <translation>方案 %1 的费用为 %2；所有入口的单位费用取低值时为 %3，取高值时为 %4</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="797"/>
        <source>%1 of %2</source>
        <comment>budget left of the budget</comment>
        <translation>%1（共 %2）</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="799"/>
        <source>over by %1</source>
        <comment>over budget by an amount</comment>
        <translation>超出 %1</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="825"/>
        <source>Scenario %1</source>
        <translation>方案 %1</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="842"/>
        <source>Change target frequency</source>
        <translation>更改目标频次</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="865"/>
        <source>Change target reach</source>
        <translation>修改目标触达</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="875"/>
        <source>Change %1</source>
        <translation>修改%1</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="887"/>
        <source>Change cost per unit</source>
        <translation>更改单位费用</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/problems.py" line="72"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/problems.py" line="72"/>
        <source>Placement</source>
        <translation>投放</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/problems.py" line="72"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/problems.py" line="107"/>
        <source>All problems</source>
        <translation>全部问题</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/problems.py" line="107"/>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/problems.py" line="108"/>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/campaign_planner/qt/panels/problems.py" line="150"/>
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/campaign_planner/qt/panels/problems.py" line="151"/>
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln 个警告</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/problems.py" line="152"/>
        <source>%1, %2</source>
        <comment>errors, warnings</comment>
        <translation>%1，%2</translation>
    </message>
</context>
<context>
    <name>ReachChart</name>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/views.py" line="343"/>
        <source>P10-P90 band (of 200 draws of the ranges)</source>
        <translation>P10-P90 区间（范围的 200 次抽样）</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/views.py" line="349"/>
        <source>Total reach (most likely values)</source>
        <translation>总触达（最可能的取值）</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/views.py" line="357"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/views.py" line="381"/>
        <source>Cumulative unique reach</source>
        <translation>累计去重触达</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/views.py" line="393"/>
        <source>Reached %1+ times</source>
        <translation>触达 %1 次及以上</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/views.py" line="422"/>
        <source>From %1</source>
        <translation>自%1起</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/views.py" line="441"/>
        <source>by the end: %1</source>
        <translation>期末：%1</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/views.py" line="447"/>
        <source>%1 reached %2+ times</source>
        <translation>%1（触达 %2 次及以上）</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/views.py" line="449"/>
        <source>target %1 not reached; %2 short</source>
        <translation>未达到目标 %1；还差 %2</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/views.py" line="452"/>
        <source>target %1 reached on %2</source>
        <translation>%2 达到目标 %1</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/views.py" line="458"/>
        <source>reach %1</source>
        <translation>触达 %1</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/views.py" line="462"/>
        <source>P10-P90 %1 – %2</source>
        <translation>P10-P90 %1 – %2</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/views.py" line="382"/>
        <source>  (preview)</source>
        <translation>  （预览）</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <location filename="../../gui/campaign_planner/qt/report.py" line="468"/>
        <source>Mini program: %1 (category %2; flags: %3)</source>
        <translation>小程序：%1（类目 %2；资质：%3）</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/report.py" line="428"/>
        <source>Report made on %1</source>
        <translation>报告生成于 %1</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/report.py" line="485"/>
        <source>Unique people reached</source>
        <translation>去重触达人数</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/report.py" line="500"/>
        <source>Unique visitors</source>
        <translation>去重访问人数</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/report.py" line="484"/>
        <source>Retained after 7 days</source>
        <translation>7 日后留存</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/report.py" line="484"/>
        <source>Reach, P10 to P90</source>
        <translation>触达（P10 至 P90）</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/report.py" line="499"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/report.py" line="494"/>
        <source>%1, reached on %2</source>
        <translation>%1，于 %2 达到</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/report.py" line="65"/>
        <source>the PDF cannot be written</source>
        <extracomment>fields the reach does not depend on (they act on visitors and retention only)</extracomment>
        <translation>无法写入 PDF</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/report.py" line="429"/>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/report.py" line="467"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/campaign_planner/qt/report.py" line="471"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/report.py" line="472"/>
        <source>Plan: %1 to %2 (%3); scenario %4</source>
        <translation>计划：%1 至 %2（%3）；方案 %4</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/report.py" line="492"/>
        <source>%1 reached %2+ times</source>
        <translation>%1（触达 %2 次及以上）</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/report.py" line="497"/>
        <source>%1, not reached; %2 short</source>
        <translation>%1，未达到；还差 %2</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/report.py" line="505"/>
        <source>%1 per thousand people reached</source>
        <translation>每触达千人 %1</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/report.py" line="507"/>
        <location filename="../../gui/campaign_planner/qt/report.py" line="509"/>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/report.py" line="509"/>
        <source>no costs entered</source>
        <translation>未填写费用</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/report.py" line="543"/>
        <source>What the reach depends on most</source>
        <translation>触达最依赖的假设</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/report.py" line="559"/>
        <source>Low – high</source>
        <translation>低值 – 高值</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/report.py" line="560"/>
        <source>Reach by the end, at low – at high</source>
        <translation>期末触达（低值时 – 高值时）</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/report.py" line="560"/>
        <source>Difference</source>
        <translation>差值</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/report.py" line="563"/>
        <source>No assumption with a range changes the reach.</source>
        <translation>没有任何带范围的假设会改变触达人数。</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/report.py" line="564"/>
        <source>Not modelled: viral second-hop reach (shares of shares), per-person frequency caps, correlation of eligibility between slots beyond what activity explains.</source>
        <translation>未建模：病毒式二次传播（分享的再分享）、单人频次上限，以及活跃度之外的入口可见性相关性。</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/report.py" line="569"/>
        <source>Timeline</source>
        <translation>时间轴</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/report.py" line="608"/>
        <source>Comparison: %1 and %2</source>
        <translation>比较：%1 与 %2</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/report.py" line="626"/>
        <source>B − A</source>
        <translation>B − A</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/report.py" line="632"/>
        <source>Assumptions</source>
        <translation>假设</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/report.py" line="638"/>
        <source>assumption</source>
        <translation>假设</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/report.py" line="559"/>
        <location filename="../../gui/campaign_planner/qt/report.py" line="639"/>
        <source>Assumption</source>
        <translation>假设</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/report.py" line="513"/>
        <source>%1, %2</source>
        <comment>errors, warnings</comment>
        <translation>%1，%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/campaign_planner/qt/report.py" line="514"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/campaign_planner/qt/report.py" line="515"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/campaign_planner/qt/report.py" line="518"/>
        <source>%n placement(s); the problems are listed on page %1</source>
        <translation>
            <numerusform>%n 个投放；问题列在第 %1 页</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/campaign_planner/qt/report.py" line="521"/>
        <source>%n placement(s)</source>
        <translation>
            <numerusform>%n 个投放</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/campaign_planner/qt/report.py" line="546"/>
        <source>Each assumption set to its low and to its high value, the others kept: the reach by the end of the plan at each end of the range. The %n with the largest effect:</source>
        <translation>
            <numerusform>每个假设分别取其下限和上限、其他假设不变时，计划结束时的触达。影响最大的 %n 个：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/report.py" line="559"/>
        <location filename="../../gui/campaign_planner/qt/report.py" line="639"/>
        <source>Value</source>
        <translation>取值</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/report.py" line="639"/>
        <source>Low</source>
        <translation>下限</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/report.py" line="639"/>
        <source>High</source>
        <translation>上限</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/report.py" line="639"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/campaign_planner/qt/report.py" line="652"/>
        <source>… and %n more (the Problems panel lists them all).</source>
        <translation>
            <numerusform>……另有 %n 个（“问题”面板列出全部）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/report.py" line="522"/>
        <location filename="../../gui/campaign_planner/qt/report.py" line="645"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/report.py" line="647"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/report.py" line="647"/>
        <source>Placement</source>
        <translation>投放</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/report.py" line="647"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/report.py" line="654"/>
        <source>None: every placement is allowed by the rules.</source>
        <translation>无：所有投放均符合规则。</translation>
    </message>
</context>
<context>
    <name>ScenarioActions</name>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/scenarios.py" line="56"/>
        <source>The scenario the timeline, the problems, the inspector and the charts show (Ctrl+PgUp, Ctrl+PgDown)</source>
        <extracomment>scenario names listed in the Scenario menu (the combo box and the panel list them all)</extracomment>
        <translation>时间轴、问题、属性和图表所显示的方案（Ctrl+PgUp、Ctrl+PgDown）</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/scenarios.py" line="70"/>
        <source>&amp;New Scenario…</source>
        <translation>新建方案(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/scenarios.py" line="70"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/scenarios.py" line="71"/>
        <source>Add a scenario without placements</source>
        <translation>添加一个没有投放的方案</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/scenarios.py" line="72"/>
        <source>&amp;Duplicate Scenario…</source>
        <translation>复制方案(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/scenarios.py" line="72"/>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/scenarios.py" line="73"/>
        <source>Add a copy of the scenario shown, with its placements</source>
        <translation>添加当前方案的副本，包括其投放</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/scenarios.py" line="74"/>
        <source>&amp;Rename Scenario…</source>
        <translation>重命名方案(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/scenarios.py" line="74"/>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/scenarios.py" line="75"/>
        <source>Rename the scenario shown</source>
        <translation>重命名当前方案</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/scenarios.py" line="76"/>
        <source>De&amp;lete Scenario</source>
        <translation>删除方案(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/scenarios.py" line="76"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/scenarios.py" line="77"/>
        <source>Delete the scenario shown and its placements (a plan keeps at least one)</source>
        <translation>删除当前方案及其投放（计划至少保留一个方案）</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/scenarios.py" line="78"/>
        <source>Move Scenario &amp;Up</source>
        <translation>上移方案(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/scenarios.py" line="78"/>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/scenarios.py" line="79"/>
        <source>Move the scenario shown up the list</source>
        <translation>在列表中上移当前方案</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/scenarios.py" line="80"/>
        <source>Move Scenario Do&amp;wn</source>
        <translation>下移方案(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/scenarios.py" line="80"/>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/scenarios.py" line="81"/>
        <source>Move the scenario shown down the list</source>
        <translation>在列表中下移当前方案</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/scenarios.py" line="82"/>
        <source>&amp;Previous Scenario</source>
        <translation>上一个方案(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/scenarios.py" line="82"/>
        <source>Previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/scenarios.py" line="83"/>
        <source>Show the scenario above in the list</source>
        <translation>显示列表中上一个方案</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/scenarios.py" line="84"/>
        <source>Ne&amp;xt Scenario</source>
        <translation>下一个方案(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/scenarios.py" line="84"/>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/scenarios.py" line="85"/>
        <source>Show the scenario below in the list</source>
        <translation>显示列表中下一个方案</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/scenarios.py" line="86"/>
        <source>Suggest &amp;Bookings…</source>
        <translation>建议投放(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/scenarios.py" line="86"/>
        <source>Suggest bookings…</source>
        <translation>建议投放…</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/scenarios.py" line="87"/>
        <source>Add a scenario with the bookings that reach the most people for a budget or a number of bookings</source>
        <translation>添加一个方案，包含在给定预算或投放次数下触达人数最多的投放</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/scenarios.py" line="227"/>
        <source>New scenario</source>
        <translation>新建方案</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/scenarios.py" line="227"/>
        <source>Name of the new scenario:</source>
        <translation>新方案的名称：</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/scenarios.py" line="230"/>
        <source>Add scenario</source>
        <translation>添加方案</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/scenarios.py" line="237"/>
        <source>%1 copy</source>
        <translation>%1 副本</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/scenarios.py" line="238"/>
        <location filename="../../gui/campaign_planner/qt/panels/scenarios.py" line="241"/>
        <source>Duplicate scenario</source>
        <translation>复制方案</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/scenarios.py" line="239"/>
        <source>Name of the copy of %1:</source>
        <translation>%1 的副本名称：</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/scenarios.py" line="248"/>
        <location filename="../../gui/campaign_planner/qt/panels/scenarios.py" line="251"/>
        <source>Rename scenario</source>
        <translation>重命名方案</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/scenarios.py" line="249"/>
        <source>New name of %1:</source>
        <translation>%1 的新名称：</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/scenarios.py" line="259"/>
        <source>Delete scenario</source>
        <translation>删除方案</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/scenarios.py" line="261"/>
        <source>Scenario %1 deleted (Edit &gt; Undo brings it back)</source>
        <translation>已删除方案 %1（编辑 &gt; 撤销可恢复）</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/scenarios.py" line="273"/>
        <source>Move scenario</source>
        <translation>移动方案</translation>
    </message>
</context>
<context>
    <name>ScenariosPanel</name>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/scenarios.py" line="289"/>
        <source>Scenario</source>
        <translation>方案</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/scenarios.py" line="289"/>
        <source>Placements</source>
        <translation>投放</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/campaign_planner/qt/panels/scenarios.py" line="345"/>
        <source>%n placement(s)</source>
        <translation>
            <numerusform>%n 个投放</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../gui/campaign_planner/qt/help.py" line="141"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/help.py" line="146"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/help.py" line="146"/>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
</context>
<context>
    <name>SlotPage</name>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="369"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="370"/>
        <source>Rename slot</source>
        <translation>重命名入口</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="372"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="374"/>
        <source>An insertion</source>
        <translation>一次投放</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="374"/>
        <source>A day</source>
        <translation>一天</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="375"/>
        <source>Earned (not bought)</source>
        <translation>赚取（非购买）</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="377"/>
        <source>What one unit of the slot is: an insertion, a day, or earned traffic (Alipay&apos;s central entries: impressions earned for each new person the plan brings)</source>
        <translation>入口的一个单位是什么：一次投放、一天，或赚取的流量（支付宝中心化入口：计划每带来一个新用户赚取的曝光）</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="379"/>
        <source>Change slot unit</source>
        <translation>更改入口单位</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="381"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="382"/>
        <source>Daily cap (units)</source>
        <translation>每日上限（单位）</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="383"/>
        <source>no cap</source>
        <translation>无上限</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="385"/>
        <source>The flags a mini program needs to use this slot</source>
        <translation>小程序使用此入口所需的资质</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="387"/>
        <source>Change required flags</source>
        <translation>更改所需资质</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="388"/>
        <source>Requires</source>
        <translation>所需资质</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="390"/>
        <source>Number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="390"/>
        <source>Value</source>
        <translation>取值</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="390"/>
        <source>Low</source>
        <translation>下限</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="390"/>
        <source>High</source>
        <translation>上限</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="391"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="392"/>
        <source>Double-click a number or its source to change it</source>
        <translation>双击数字或来源即可修改</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="395"/>
        <source>Remove Slot</source>
        <translation>删除入口</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="426"/>
        <source>Cost per unit</source>
        <translation>单位费用</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="436"/>
        <source>An earned slot is not bought: its placements cost nothing unless they have their own price</source>
        <translation>赚取的入口不是买来的：除非投放有自己的价格，否则不产生费用</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="440"/>
        <source>No source gives this number: it is an assumption</source>
        <translation>没有来源给出这个数字：它是一个假设</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="459"/>
        <source>Change daily cap</source>
        <translation>更改每日上限</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="475"/>
        <source>Change slot number</source>
        <translation>更改入口数字</translation>
    </message>
</context>
<context>
    <name>SlotPalette</name>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/palette.py" line="58"/>
        <source>Add Slot…</source>
        <translation>添加入口…</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/palette.py" line="59"/>
        <source>Add Platform…</source>
        <translation>添加平台…</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/palette.py" line="60"/>
        <source>Rename Platform…</source>
        <translation>重命名平台…</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/palette.py" line="61"/>
        <source>Remove Platform</source>
        <translation>删除平台</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/palette.py" line="62"/>
        <source>Remove Slot…</source>
        <translation>删除入口…</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/palette.py" line="63"/>
        <source>Add from Library…</source>
        <translation>从库中添加…</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/palette.py" line="64"/>
        <source>Save Slot to Library</source>
        <translation>将入口存入库</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/palette.py" line="66"/>
        <source>Slot</source>
        <translation>入口</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/palette.py" line="66"/>
        <source>Phases</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/palette.py" line="91"/>
        <source>open</source>
        <translation>开放</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/palette.py" line="101"/>
        <source>Impressions earned: %1 per new person the plan brought the day before; placements switch earning on</source>
        <translation>赚取的曝光：计划前一天每带来一个新用户赚取 %1 次；投放只表示开启赚取</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/palette.py" line="107"/>
        <source>Requires: %1</source>
        <translation>需要：%1</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/palette.py" line="109"/>
        <source>At most %1 a day</source>
        <translation>每天最多 %1</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/palette.py" line="149"/>
        <source>Remove its slots and phases first</source>
        <translation>请先删除它的入口和阶段</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/palette.py" line="167"/>
        <location filename="../../gui/campaign_planner/qt/panels/palette.py" line="170"/>
        <source>Add slot</source>
        <translation>添加入口</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/palette.py" line="167"/>
        <source>Name of the new slot of %1:</source>
        <translation>%1 的新入口名称：</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/palette.py" line="176"/>
        <location filename="../../gui/campaign_planner/qt/panels/palette.py" line="186"/>
        <location filename="../../gui/campaign_planner/qt/panels/palette.py" line="198"/>
        <source>Add platform</source>
        <translation>添加平台</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/palette.py" line="176"/>
        <source>Name of the new platform (an app a mini program reaches):</source>
        <translation>新平台的名称（小程序可触达的应用）：</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/palette.py" line="185"/>
        <source>Type a number of people, such as 80,000,000</source>
        <translation>请输入人数，例如 80,000,000</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/palette.py" line="187"/>
        <source>How many people use %1 each month? They are counted as people of %1 only; set its overlap with the other platforms in Inspector &gt; Plan &gt; Audience. Empty: set it later (until then its slots reach no one).</source>
        <translation>每月有多少人使用 %1？他们先被计为只用 %1 的人；与其他平台的重叠可在“属性 &gt; 计划 &gt; 受众”中设置。留空：以后再设（在此之前它的入口触达不到任何人）。</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/palette.py" line="205"/>
        <location filename="../../gui/campaign_planner/qt/panels/palette.py" line="207"/>
        <source>Rename platform</source>
        <translation>重命名平台</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/palette.py" line="205"/>
        <source>New name of %1:</source>
        <translation>%1 的新名称：</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/palette.py" line="213"/>
        <source>Remove platform</source>
        <translation>删除平台</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/palette.py" line="231"/>
        <source>Add from library</source>
        <translation>从库中添加</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/palette.py" line="244"/>
        <source>Save to library</source>
        <translation>存入库</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/palette.py" line="246"/>
        <source>%1 kept in the library</source>
        <translation>已将 %1 存入库</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/palette.py" line="29"/>
        <source>%1 has %n placement(s) in the plan&apos;s scenarios. Remove them with the slot?</source>
        <translation>%1 在计划的各方案中有 %n 个投放。是否与入口一起删除？</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/palette.py" line="31"/>
        <location filename="../../gui/campaign_planner/qt/panels/palette.py" line="34"/>
        <source>Remove slot</source>
        <translation>删除入口</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/palette.py" line="32"/>
        <source>Remove Slot and Placements</source>
        <translation>删除入口及其投放</translation>
    </message>
</context>
<context>
    <name>SlotsChart</name>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/views.py" line="583"/>
        <source>Reach of the slot alone</source>
        <translation>单独该入口的触达</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/views.py" line="584"/>
        <source>Exclusive reach (lost without it)</source>
        <translation>独占触达（去掉该入口将失去）</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/views.py" line="585"/>
        <source>Reach by slot, on the last day</source>
        <translation>各入口触达（最后一天）</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/views.py" line="585"/>
        <source>  (preview)</source>
        <translation>  （预览）</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/views.py" line="589"/>
        <source>alone %1</source>
        <translation>单独 %1</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/views.py" line="590"/>
        <source>exclusive %1</source>
        <translation>独占 %1</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../gui/campaign_planner/qt/start_page.py" line="53"/>
        <source>Campaign Planner</source>
        <translation>小程序投放规划</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/start_page.py" line="56"/>
        <source>Plan a mini program&apos;s campaign across Alipay, Weibo and other apps, and see how many distinct people it reaches.</source>
        <translation>规划小程序在支付宝、微博等应用中的投放，并查看能触达多少不重复的用户。</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/start_page.py" line="60"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/start_page.py" line="62"/>
        <source>Remove…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/start_page.py" line="64"/>
        <source>Remove from list</source>
        <translation>从列表中移除</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/start_page.py" line="66"/>
        <source>Clear list</source>
        <translation>清空列表</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/start_page.py" line="70"/>
        <source>&lt;b&gt;New plan from a template&lt;/b&gt;</source>
        <translation>&lt;b&gt;从模板新建计划&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/start_page.py" line="71"/>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/start_page.py" line="75"/>
        <source>&lt;b&gt;Recent plans&lt;/b&gt;</source>
        <translation>&lt;b&gt;最近的计划&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/start_page.py" line="76"/>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/start_page.py" line="123"/>
        <source>Built-in templates cannot be renamed or removed</source>
        <translation>内置模板不能重命名或删除</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/start_page.py" line="128"/>
        <source>Give the selected template another name</source>
        <translation>给所选模板换一个名称</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/start_page.py" line="129"/>
        <source>Remove the selected template</source>
        <translation>删除所选模板</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/start_page.py" line="133"/>
        <source>Take the selected plan off the list (the file stays)</source>
        <translation>把所选计划从列表中移除（文件保留）</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/start_page.py" line="135"/>
        <source>Take every plan off the list (the files stay)</source>
        <translation>把所有计划从列表中移除（文件保留）</translation>
    </message>
</context>
<context>
    <name>SuggestDialog</name>
    <message>
        <location filename="../../gui/campaign_planner/qt/suggest.py" line="97"/>
        <source>Suggest bookings</source>
        <translation>建议投放</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/suggest.py" line="100"/>
        <source>The planner adds the bookings (one unit of a slot on one day) that reach the most people by the plan&apos;s last day, among those the rules allow: a phase open to the mini program&apos;s category, the flags a slot requires, and room under each slot&apos;s daily cap.</source>
        <translation>规划器在规则允许的投放（某入口某一天的一个单位）中，添加到计划最后一天触达人数最多的那些：阶段须向小程序的类目开放，小程序须具备入口要求的标记，且入口当天的每日上限还有余量。</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/suggest.py" line="107"/>
        <source>The plan&apos;s target is %1+ exposures, so the suggestion counts people reached %1 times or more.</source>
        <translation>计划的目标是 %1 次及以上曝光，因此建议只计算被触达 %1 次及以上的人。</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/suggest.py" line="119"/>
        <source>The suggestion keeps this scenario&apos;s placements and adds bookings to them</source>
        <translation>建议保留该方案的投放，并在其上添加投放</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/suggest.py" line="120"/>
        <source>Start from:</source>
        <translation>基于方案：</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/suggest.py" line="124"/>
        <source>Budget (%1):</source>
        <translation>预算（%1）：</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/suggest.py" line="125"/>
        <source>Number of bookings:</source>
        <translation>投放次数：</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/suggest.py" line="130"/>
        <source>What the added bookings may cost at most, in the plan&apos;s currency; each booking costs its slot&apos;s cost per unit</source>
        <translation>添加的投放最多可花费的金额（计划币种）；每次投放的费用为其入口的单位费用</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/suggest.py" line="135"/>
        <source>How many bookings to add at most, whatever they cost</source>
        <translation>最多添加多少次投放，不论费用</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/suggest.py" line="152"/>
        <source>Only the ticked slots are booked</source>
        <translation>只在勾选的入口投放</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/suggest.py" line="158"/>
        <source>All</source>
        <translation>全选</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/suggest.py" line="159"/>
        <source>None</source>
        <translation>全不选</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/suggest.py" line="168"/>
        <source>Slots:</source>
        <translation>入口：</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/suggest.py" line="175"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/suggest.py" line="177"/>
        <source>Days from:</source>
        <translation>日期从：</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/suggest.py" line="182"/>
        <source>New scenario:</source>
        <translation>新方案：</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/suggest.py" line="190"/>
        <source>Suggest</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/suggest.py" line="216"/>
        <source>%1 · %2 (%3 a unit)</source>
        <translation>%1 · %2（每单位 %3）</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/suggest.py" line="231"/>
        <source>%1 optimised</source>
        <translation>%1 优化</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/suggest.py" line="247"/>
        <source>“%1” is not a date</source>
        <translation>“%1”不是日期</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/suggest.py" line="262"/>
        <location filename="../../gui/campaign_planner/qt/suggest.py" line="264"/>
        <source>Type the budget as a number, such as 50,000</source>
        <translation>请以数字输入预算，例如 50,000</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/suggest.py" line="266"/>
        <source>The budget cannot be negative</source>
        <translation>预算不能为负数</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/suggest.py" line="268"/>
        <source>Tick at least one slot</source>
        <translation>请至少勾选一个入口</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/suggest.py" line="271"/>
        <source>The last day is before the first</source>
        <translation>结束日期早于开始日期</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/suggest.py" line="273"/>
        <source>The days are outside the plan&apos;s dates (%1 to %2)</source>
        <translation>日期在计划日期（%1 至 %2）之外</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/suggest.py" line="283"/>
        <source>The plan has no budget; the Plan tab of the inspector sets one.</source>
        <translation>计划没有预算；可在属性面板的“计划”页设置。</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/suggest.py" line="285"/>
        <source>The plan&apos;s budget leaves %1 after the scenario&apos;s costs.</source>
        <translation>扣除该方案的费用后，计划预算还剩 %1。</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/suggest.py" line="288"/>
        <source>The scenario is over the plan&apos;s budget by %1.</source>
        <translation>该方案超出计划预算 %1。</translation>
    </message>
</context>
<context>
    <name>SuggestProgress</name>
    <message>
        <location filename="../../gui/campaign_planner/qt/suggest.py" line="323"/>
        <source>Suggest bookings</source>
        <translation>建议投放</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/suggest.py" line="326"/>
        <source>Looking for the bookings that reach the most people…</source>
        <translation>正在寻找触达人数最多的投放…</translation>
    </message>
</context>
<context>
    <name>Suggester</name>
    <message>
        <location filename="../../gui/campaign_planner/qt/suggest.py" line="438"/>
        <location filename="../../gui/campaign_planner/qt/suggest.py" line="449"/>
        <location filename="../../gui/campaign_planner/qt/suggest.py" line="453"/>
        <location filename="../../gui/campaign_planner/qt/suggest.py" line="470"/>
        <source>Suggest bookings</source>
        <translation>建议投放</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/suggest.py" line="419"/>
        <source>Suggestion cancelled; nothing changed</source>
        <translation>已取消建议；没有任何更改</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/suggest.py" line="451"/>
        <source>The plan changed while the suggestion ran; nothing was added</source>
        <translation>计算建议期间计划有改动；没有添加任何投放</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/suggest.py" line="461"/>
        <source>The rules allow no booking in those slots and days: no phase admits the mini program then, a slot needs a flag it lacks, or the daily caps are full. Nothing was added.</source>
        <translation>规则不允许在这些入口和日期投放：当时没有阶段接纳该小程序、入口要求小程序没有的标记，或每日上限已满。没有添加任何投放。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/campaign_planner/qt/suggest.py" line="465"/>
        <source>None of the %Ln booking(s) the rules allow fits a budget of %1. Nothing was added.</source>
        <translation>
            <numerusform>规则允许的 %Ln 次投放都超出 %1 的预算。没有添加任何投放。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/suggest.py" line="467"/>
        <source>No booking adds reach. Nothing was added.</source>
        <translation>没有任何投放能增加触达。没有添加任何投放。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/campaign_planner/qt/suggest.py" line="478"/>
        <source>Suggested %Ln booking(s) costing %1 in “%2”: %3 people reached %4+ times by the last day (%5 before)</source>
        <translation>
            <numerusform>已在“%2”中建议 %Ln 次投放，费用 %1：到最后一天被触达 %4 次及以上的人数 %3（之前 %5）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/campaign_planner/qt/suggest.py" line="481"/>
        <source>Suggested %Ln booking(s) costing %1 in “%2”: %3 people reached by the last day (%5 before)</source>
        <translation>
            <numerusform>已在“%2”中建议 %Ln 次投放，费用 %1：到最后一天的触达人数 %3（之前 %5）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimeChart</name>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/views.py" line="255"/>
        <source>Today %1</source>
        <translation>今天 %1</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/views.py" line="262"/>
        <source>Target reached %1</source>
        <translation>%1 达到目标</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../gui/campaign_planner/qt/timeline/paint.py" line="305"/>
        <source>Q%1 %2</source>
        <translation>%2年第%1季度</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/timeline/paint.py" line="307"/>
        <source>Q%1 %2</source>
        <comment>compact</comment>
        <translation>%2年Q%1</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/timeline/paint.py" line="315"/>
        <source>MMMM yyyy</source>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/timeline/paint.py" line="308"/>
        <location filename="../../gui/campaign_planner/qt/timeline/paint.py" line="327"/>
        <source>Q%1</source>
        <translation>第%1季度</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/timeline/paint.py" line="182"/>
        <source>earned</source>
        <extracomment>the ruler labels of the last paint (viewport coordinates), for tests the ruler&apos;s tick lines of the last paint: (x, top, bottom)</extracomment>
        <translation>赚取</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/timeline/paint.py" line="316"/>
        <source>MMM yyyy</source>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/timeline/paint.py" line="342"/>
        <source>Slots</source>
        <translation>入口</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/timeline/labels.py" line="68"/>
        <source>Phases: %1</source>
        <translation>阶段：%1</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/timeline/labels.py" line="67"/>
        <source>all platforms</source>
        <translation>所有平台</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/timeline/labels.py" line="75"/>
        <source>Platform: %1</source>
        <translation>平台：%1</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/timeline/labels.py" line="77"/>
        <source>Requires: %1</source>
        <translation>需要：%1</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/timeline/labels.py" line="80"/>
        <source>No special requirements</source>
        <translation>无特殊要求</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/timeline/labels.py" line="82"/>
        <source>At most %1 a day</source>
        <translation>每天最多 %1</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/timeline/view.py" line="451"/>
        <source>Rename phase…</source>
        <translation>重命名阶段…</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/timeline/view.py" line="452"/>
        <location filename="../../gui/campaign_planner/qt/timeline/view.py" line="565"/>
        <source>Delete phase</source>
        <translation>删除阶段</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/timeline/view.py" line="458"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/timeline/view.py" line="459"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/timeline/view.py" line="461"/>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/timeline/labels.py" line="89"/>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/timeline/labels.py" line="96"/>
        <source>%1 to %2, %3 units a day</source>
        <translation>%1 至 %2，每天 %3 个单位</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/timeline/view.py" line="513"/>
        <source>Nudge placements</source>
        <translation>微调投放</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/timeline/view.py" line="536"/>
        <source>Delete %n placement(s)</source>
        <translation>删除 %n 个投放</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/campaign_planner/qt/timeline/view.py" line="542"/>
        <source>Copied %n placement(s)</source>
        <translation>
            <numerusform>已复制 %n 个投放</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/timeline/view.py" line="550"/>
        <source>Paste %n placement(s)</source>
        <translation>粘贴 %n 个投放</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/timeline/view.py" line="559"/>
        <location filename="../../gui/campaign_planner/qt/timeline/view.py" line="561"/>
        <source>Rename phase</source>
        <translation>重命名阶段</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/timeline/view.py" line="559"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/timeline/view.py" line="586"/>
        <source>Drop the slot on the timeline inside the plan&apos;s dates</source>
        <translation>请把入口拖放到计划日期范围内的时间轴上</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/timeline/view.py" line="588"/>
        <source>Add placement</source>
        <translation>添加投放</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/timeline/gestures.py" line="120"/>
        <source>Move placement</source>
        <extracomment>whether the charts should see the tentative plan while this gesture runs</extracomment>
        <translation>移动投放</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/timeline/gestures.py" line="123"/>
        <source>Move %n placement(s)</source>
        <translation>移动 %n 个投放</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/timeline/gestures.py" line="172"/>
        <source>Resize placement</source>
        <translation>调整投放时长</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/timeline/gestures.py" line="209"/>
        <source>Change phase dates</source>
        <translation>修改阶段日期</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/timeline/gestures.py" line="244"/>
        <source>Add phase</source>
        <translation>添加阶段</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/timeline/gestures.py" line="246"/>
        <source>New phase</source>
        <translation>新阶段</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../gui/campaign_planner/qt/app.py" line="80"/>
        <source>it is not laid out as a settings file</source>
        <translation>它不是设置文件的格式</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/app.py" line="81"/>
        <source>it is not text</source>
        <translation>它不是文本</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/app.py" line="82"/>
        <source>it is not a regular file</source>
        <translation>它不是普通文件</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/app.py" line="84"/>
        <source>The settings file %1 could not be read (%2); it was set aside as %3 and the default settings are used.</source>
        <translation>无法读取设置文件 %1（%2）；已将其另存为 %3，并使用默认设置。</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/app.py" line="87"/>
        <source>The settings file %1 could not be read (%2); the default settings are used.</source>
        <translation>无法读取设置文件 %1（%2）；将使用默认设置。</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="115"/>
        <source>value</source>
        <extracomment>Every sentence of core/messages.py (context &quot;core&quot;), listed for Qt&apos;s translation tools.</extracomment>
        <translation>取值</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="116"/>
        <source>low</source>
        <translation>下限</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="117"/>
        <source>high</source>
        <translation>上限</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="118"/>
        <source>platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="119"/>
        <source>platforms</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="120"/>
        <source>segment</source>
        <translation>人群</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="121"/>
        <source>audience segments</source>
        <translation>受众人群</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="122"/>
        <source>phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="123"/>
        <source>phases</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="124"/>
        <source>slot</source>
        <translation>入口</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="125"/>
        <source>slots</source>
        <translation>入口</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="126"/>
        <source>scenario</source>
        <translation>方案</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="127"/>
        <source>scenarios</source>
        <translation>方案</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="128"/>
        <source>placements</source>
        <translation>投放</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="129"/>
        <source>plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="130"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="131"/>
        <source>projecting scenario {scenario!r} would need about {need} of memory ({used:,} slots in use over {days:,} days); the planner projects plans that need at most {limit}: use fewer slots or a shorter plan</source>
        <translation>预测方案 {scenario!r} 约需 {need} 内存（{days:,} 天内使用 {used:,} 个入口）；本工具只预测所需内存不超过 {limit} 的计划：请减少入口或缩短计划</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="132"/>
        <source>{draws:,} band draws over {days:,} days would need about {need} of memory; the planner allows at most {limit}: use fewer draws</source>
        <translation>{days:,} 天内 {draws:,} 次区间抽样约需 {need} 内存；本工具最多允许 {limit}：请减少抽样次数</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="133"/>
        <source>{gib:.1f} GiB</source>
        <translation>{gib:.1f} GiB</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="134"/>
        <source>no assumption {owner}.{field}</source>
        <translation>没有假设 {owner}.{field}</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="135"/>
        <source>no segment {ident!r}</source>
        <translation>没有人群 {ident!r}</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="136"/>
        <source>no slot {ident!r}</source>
        <translation>没有入口 {ident!r}</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="137"/>
        <source>{what}: {label} must be a finite number, not {value!r}</source>
        <translation>{what}：{label}必须是有限数值，而不是 {value!r}</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="138"/>
        <source>{what}: {label} must be at most {limit:g} (got {value:g})</source>
        <translation>{what}：{label}不能大于 {limit:g}（实际为 {value:g}）</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="139"/>
        <source>{what}: {label} must be at least {limit:g} (got {value:g})</source>
        <translation>{what}：{label}不能小于 {limit:g}（实际为 {value:g}）</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="140"/>
        <source>{what}: {label} must be greater than 0 (got {value:g})</source>
        <translation>{what}：{label}必须大于 0（实际为 {value:g}）</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="141"/>
        <source>{what}: {label} must not be negative (got {value:g})</source>
        <translation>{what}：{label}不能为负数（实际为 {value:g}）</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="142"/>
        <source>{what}: {label} must be a share in (0, 1] (got {value:g})</source>
        <translation>{what}：{label}必须是 (0, 1] 之间的比例（实际为 {value:g}）</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="143"/>
        <source>{what}: low ({low:g}) is above the value ({value:g})</source>
        <translation>{what}：下限（{low:g}）高于取值（{value:g}）</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="144"/>
        <source>{what}: high ({high:g}) is below the value ({value:g})</source>
        <translation>{what}：上限（{high:g}）低于取值（{value:g}）</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="145"/>
        <source>{what} must be text</source>
        <translation>{what}必须是文本</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="146"/>
        <source>{what} is longer than {limit:,} characters</source>
        <translation>{what}超过 {limit:,} 个字符</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="147"/>
        <source>{what} holds characters that are not valid Unicode (a lone surrogate)</source>
        <translation>{what}含有无效的 Unicode 字符（孤立的代理项）</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="148"/>
        <source>the plan has {n:,} {what}; the planner handles at most {limit:,}</source>
        <translation>计划有 {n:,} 个{what}；本工具最多支持 {limit:,} 个</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="149"/>
        <source>{what}: id {ident!r} must be 1-64 letters, digits, &apos;_&apos;, &apos;-&apos; or &apos;.&apos;</source>
        <translation>{what}：id {ident!r} 只能由 1-64 个字母、数字、“_”、“-”或“.”组成</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="150"/>
        <source>duplicate {what} id {ident!r}</source>
        <translation>{what} id {ident!r} 重复</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="151"/>
        <source>the plan&apos;s name</source>
        <translation>计划名称</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="152"/>
        <source>the mini program&apos;s name</source>
        <translation>小程序名称</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="153"/>
        <source>the mini program&apos;s category</source>
        <translation>小程序类目</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="154"/>
        <source>a mini-program flag</source>
        <translation>小程序资质</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="155"/>
        <source>mini program 7-day retention</source>
        <translation>小程序 7 日留存率</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="156"/>
        <source>audience kappa</source>
        <translation>受众 kappa</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="157"/>
        <source>the correlation within a platform</source>
        <translation>平台内相关系数</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="158"/>
        <source>platform {ident}&apos;s name</source>
        <translation>平台 {ident} 的名称</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="159"/>
        <source>segment {ident}&apos;s name</source>
        <translation>人群 {ident} 的名称</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="160"/>
        <source>segment {ident} size</source>
        <translation>人群 {ident} 的规模</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="161"/>
        <source>phase {ident}&apos;s name</source>
        <translation>阶段 {ident} 的名称</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="162"/>
        <source>a category admitted by phase {ident}</source>
        <translation>阶段 {ident} 准入的类目</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="163"/>
        <source>slot {ident}&apos;s name</source>
        <translation>入口 {ident} 的名称</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="164"/>
        <source>a flag required by slot {ident}</source>
        <translation>入口 {ident} 要求的资质</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="165"/>
        <source>slot {ident} impressions per unit</source>
        <translation>入口 {ident} 的每单位曝光量</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="166"/>
        <source>slot {ident} eligible share</source>
        <translation>入口 {ident} 的可见用户占比</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="167"/>
        <source>slot {ident} click-through rate</source>
        <translation>入口 {ident} 的点击率</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="168"/>
        <source>a scenario&apos;s name</source>
        <translation>方案名称</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="169"/>
        <source>placement {ident}{where}&apos;s note</source>
        <translation>投放 {ident}{where} 的备注</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="170"/>
        <source>the plan needs a name</source>
        <translation>计划需要名称</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="171"/>
        <source>the plan ends ({end}) before it starts ({start})</source>
        <translation>计划的结束日期（{end}）早于开始日期（{start}）</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="172"/>
        <source>the plan spans {days} days; the planner handles at most 10 years</source>
        <translation>计划跨越 {days} 天；本工具最多支持 10 年</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="173"/>
        <source>target reach must be a positive number of people, at most {limit:g} (got {value:g})</source>
        <translation>目标触达必须是正的人数，且不超过 {limit:g}（实际为 {value:g}）</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="174"/>
        <source>the mini program needs a category</source>
        <translation>小程序需要类目</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="175"/>
        <source>segment {ident} uses unknown platform {platform!r}</source>
        <translation>人群 {ident} 使用了未知平台 {platform!r}</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="176"/>
        <source>slot {ident} is on unknown platform {platform!r}</source>
        <translation>入口 {ident} 位于未知平台 {platform!r}</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="177"/>
        <source>slot {ident}: unit must be one of {units} (got {unit!r})</source>
        <translation>入口 {ident}：单位必须是 {units} 之一（实际为 {unit!r}）</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="178"/>
        <source>slot {ident}: the daily cap must be greater than 0 and at most {limit:g} (got {value:g})</source>
        <translation>入口 {ident}：每日上限必须大于 0 且不超过 {limit:g}（实际为 {value:g}）</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="179"/>
        <source>slot {ident}: cost per unit must not be negative nor above {limit:g} (got {value:g})</source>
        <translation>入口 {ident}：单价不能为负数，也不能超过 {limit:g}（实际为 {value:g}）</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="180"/>
        <source>slot {ident} cost per unit</source>
        <translation>入口 {ident} 的单位成本</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="181"/>
        <source>the currency must be a three-letter code such as CNY (got {value!r})</source>
        <translation>货币必须是三个字母的代码，如 CNY（收到 {value!r}）</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="182"/>
        <source>the budget must not be negative nor above {limit:g} (got {value:g})</source>
        <translation>预算不能为负数，也不能超过 {limit:g}（收到 {value:g}）</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="183"/>
        <source>the target frequency must be a whole number from 1 to {limit} (got {value!r})</source>
        <translation>目标频次必须是 1 到 {limit} 之间的整数（收到 {value!r}）</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="184"/>
        <source>no scenario {name!r} in the plan; it has {names}</source>
        <translation>计划中没有方案 {name!r}；已有方案：{names}</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="185"/>
        <source>give a budget or a number of bookings (one of the two)</source>
        <translation>请给出预算或预订数量（二者之一）</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="186"/>
        <source>the budget must be a number that is not negative (got {value!r})</source>
        <translation>预算必须是不小于零的数字（收到 {value!r}）</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="187"/>
        <source>the number of bookings must be a whole number that is not negative (got {value!r})</source>
        <translation>预订数量必须是不小于零的整数（收到 {value!r}）</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="188"/>
        <source>the delivered numbers are not a CSV text file</source>
        <translation>实际投放数据不是 CSV 文本文件</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="189"/>
        <source>line {line}: not CSV (a quote is not closed?)</source>
        <translation>第 {line} 行：不是 CSV（是否有引号未闭合？）</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="190"/>
        <source>the delivered numbers have no rows: the file needs a header line date,slot,impressions,reach and one line per slot and day</source>
        <translation>实际投放数据没有任何行：文件需要一行表头 date,slot,impressions,reach，以及每个入口每天一行</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="191"/>
        <source>line {line}: the header has no column {columns} (it needs date, slot, impressions and reach)</source>
        <translation>第 {line} 行：表头缺少列 {columns}（需要 date、slot、impressions 和 reach）</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="192"/>
        <source>more than {limit:,} rows of delivered numbers; split the file</source>
        <translation>实际投放数据超过 {limit:,} 行；请拆分文件</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="193"/>
        <source>line {line}: {n} values where the header has {expected}</source>
        <translation>第 {line} 行：有 {n} 个值，而表头有 {expected} 列</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="194"/>
        <source>line {line}: {value!r} is not a date (write it as 2020-03-05)</source>
        <translation>第 {line} 行：{value!r} 不是日期（请写成 2020-03-05）</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="195"/>
        <source>line {line}: {date} is outside the plan ({start} to {end})</source>
        <translation>第 {line} 行：{date} 在计划日期（{start} 至 {end}）之外</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="196"/>
        <source>line {line}: the plan has no slot {ident!r}</source>
        <translation>第 {line} 行：计划中没有入口 {ident!r}</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="197"/>
        <source>line {line}: {column} {value!r} is not a number</source>
        <translation>第 {line} 行：{column} 的值 {value!r} 不是数字</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="198"/>
        <source>line {line}: {column} {value!r} must be a number that is not negative</source>
        <translation>第 {line} 行：{column} 的值 {value!r} 必须是非负数</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="199"/>
        <source>line {line}: {slot} on {date} was already given on line {first}</source>
        <translation>第 {line} 行：{slot} 在 {date} 的数据已在第 {first} 行给出</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="200"/>
        <source>line {line}: the cumulative reach of {slot} goes down on {date}; it counts people reached to date, so it can only stay or grow</source>
        <translation>第 {line} 行：{slot} 的累计触达在 {date} 下降了；它统计截至当天触达的人数，只能持平或增长</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="201"/>
        <source>line {line}: {slot} has reached more people than its impressions so far</source>
        <translation>第 {line} 行：{slot} 触达的人数超过了迄今的曝光量</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="202"/>
        <source>the platform of {slot} has no users in the plan&apos;s audience, so nothing can be fitted to it</source>
        <translation>{slot} 所在平台在计划的受众中没有用户，无法拟合</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="203"/>
        <source>the delivered numbers reach nobody yet: nothing to fit</source>
        <translation>实际投放数据还没有触达任何人：无可拟合</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="204"/>
        <source>the columns are separated by semicolons or tabs: separate them with commas (date,slot,impressions,reach)</source>
        <translation>各列用分号或制表符分隔：请改用逗号分隔（date,slot,impressions,reach）</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="205"/>
        <source>line {line}: {slot} has reached more people than the {users} users of its platform in the plan</source>
        <translation>第 {line} 行：{slot} 触达的人数超过了计划中其平台的 {users} 名用户</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="206"/>
        <source>{slot} has {n} delivered days with people reached; the fit needs at least {need}</source>
        <translation>{slot} 只有 {n} 个有触达人数的投放日；拟合至少需要 {need} 个</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="207"/>
        <source>a plan needs at least one scenario</source>
        <translation>计划至少需要一个方案</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="208"/>
        <source>every scenario needs a name</source>
        <translation>每个方案都需要名称</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="209"/>
        <source>phase {ident} ends ({end}) before it starts ({start})</source>
        <translation>阶段 {ident} 的结束日期（{end}）早于开始日期（{start}）</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="210"/>
        <source>phase {ident} is on unknown platform {platform!r}</source>
        <translation>阶段 {ident} 位于未知平台 {platform!r}</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="211"/>
        <source>phases {a} and {b} overlap on {platform} ({start} .. {end})</source>
        <translation>阶段 {a} 与 {b} 在 {platform} 上重叠（{start} .. {end}）</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="212"/>
        <source>phases {a} and {b} overlap for all platforms ({start} .. {end})</source>
        <translation>阶段 {a} 与 {b} 在所有平台上重叠（{start} .. {end}）</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="213"/>
        <source> in scenario {scenario}</source>
        <translation>（方案 {scenario}）</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="214"/>
        <source>placement id {ident!r}{where} must be 1-64 letters, digits, &apos;_&apos;, &apos;-&apos; or &apos;.&apos;</source>
        <translation>投放 id {ident!r}{where} 只能由 1-64 个字母、数字、“_”、“-”或“.”组成</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="215"/>
        <source>duplicate placement id {ident!r}{where}</source>
        <translation>投放 id {ident!r}{where} 重复</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="216"/>
        <source>placement {ident}{where} uses unknown slot {slot!r}</source>
        <translation>投放 {ident}{where} 使用了未知入口 {slot!r}</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="217"/>
        <source>placement {ident}{where} ends ({end}) before it starts ({start})</source>
        <translation>投放 {ident}{where} 的结束日期（{end}）早于开始日期（{start}）</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="218"/>
        <source>placement {ident}{where}: units per day must be greater than 0 and at most {limit:g} (got {value:g})</source>
        <translation>投放 {ident}{where}：每日单位数必须大于 0 且不超过 {limit:g}（实际为 {value:g}）</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="219"/>
        <source>placement {ident}{where}: cost must not be negative nor above {limit:g} (got {value:g})</source>
        <translation>投放 {ident}{where}：费用不能为负数，也不能超过 {limit:g}（实际为 {value:g}）</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="220"/>
        <source>no scenario {name!r}</source>
        <translation>没有方案 {name!r}</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="221"/>
        <source>a scenario needs a name</source>
        <translation>方案需要一个名称</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="222"/>
        <source>a scenario&apos;s name has at most {limit:,} characters (this one has {n:,})</source>
        <translation>方案名称最多 {limit:,} 个字符（这个有 {n:,} 个）</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="223"/>
        <source>a scenario&apos;s name cannot hold control characters</source>
        <translation>方案名称不能包含控制字符</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="224"/>
        <source>there is already a scenario named {name}; choose another name</source>
        <translation>已有名为 {name} 的方案；请换一个名称</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="225"/>
        <source>{name} is the plan&apos;s only scenario: a plan needs at least one</source>
        <translation>{name} 是计划中唯一的方案：计划至少需要一个方案</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="226"/>
        <source>the plan would have {n:,} scenarios; the planner handles at most {limit:,}</source>
        <translation>计划将有 {n:,} 个方案；本工具最多处理 {limit:,} 个</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="227"/>
        <source>{start}..{end} is outside the plan&apos;s dates {plan_start}..{plan_end}</source>
        <translation>{start}..{end} 超出计划日期 {plan_start}..{plan_end}</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="228"/>
        <source>the plan would have {n:,} placements; the planner handles at most {limit:,}</source>
        <translation>计划将有 {n:,} 个投放；本工具最多支持 {limit:,} 个</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="229"/>
        <source>nothing to move</source>
        <translation>没有可移动的投放</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="230"/>
        <source>no placement {ident!r}</source>
        <translation>没有投放 {ident!r}</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="231"/>
        <source>placements have no field {field!r}</source>
        <translation>投放没有字段 {field!r}</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="232"/>
        <source>plans have no field {field!r}</source>
        <translation>计划没有字段 {field!r}</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="233"/>
        <source>the mini program has no field {field!r}</source>
        <translation>小程序没有字段 {field!r}</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="234"/>
        <source>nothing changed</source>
        <translation>没有任何更改</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="235"/>
        <source>nothing to add</source>
        <translation>没有可添加的投放</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="236"/>
        <source>placement id {ident!r} is taken or invalid</source>
        <translation>投放 id {ident!r} 已被占用或无效</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="237"/>
        <source>nothing to delete</source>
        <translation>没有可删除的投放</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="238"/>
        <source>nothing to paste</source>
        <translation>没有可粘贴的投放</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="239"/>
        <source>no phase {ident!r}</source>
        <translation>没有阶段 {ident!r}</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="240"/>
        <source>the phase would end ({end}) before it starts ({start})</source>
        <translation>阶段的结束日期（{end}）将早于开始日期（{start}）</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="241"/>
        <source>a phase needs a name</source>
        <translation>阶段需要名称</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="242"/>
        <source>no platform {ident!r}</source>
        <translation>没有平台 {ident!r}</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="243"/>
        <source>{ident!r} cannot be a {what} id: an id is 1-64 letters, digits, &apos;_&apos;, &apos;-&apos; or &apos;.&apos;, and does not start with &apos;-&apos; or &apos;.&apos;</source>
        <translation>{ident!r} 不能作为{what}的 id：id 由 1-64 个字母、数字、&apos;_&apos;、&apos;-&apos; 或 &apos;.&apos; 组成，且不以 &apos;-&apos; 或 &apos;.&apos; 开头</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="244"/>
        <source>the id {ident!r} is already used by the {what} {name!r}; choose another id</source>
        <translation>id {ident!r} 已被{what} {name!r} 使用；请换一个 id</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="245"/>
        <source>a {what} needs a name</source>
        <translation>{what}需要名称</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="246"/>
        <source>slots have no field {field!r}</source>
        <translation>入口没有字段 {field!r}</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="247"/>
        <source>slot {name!r}: the unit must be one of {units} (got {unit!r})</source>
        <translation>入口 {name!r}：单位必须是 {units} 之一（收到 {unit!r}）</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="248"/>
        <source>slot {name!r} cannot require {flag!r}: the flags a slot may require are {flags}</source>
        <translation>入口 {name!r} 不能要求 {flag!r}：入口可要求的资质为 {flags}</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="249"/>
        <source>slot {name!r}: the daily cap must be greater than 0 and at most {limit:g} (got {value:g})</source>
        <translation>入口 {name!r}：每日上限必须大于 0 且不超过 {limit:g}（收到 {value:g}）</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="250"/>
        <source>{what}: {value!r} is not a number</source>
        <translation>{what}：{value!r} 不是数字</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="251"/>
        <source>slot {name!r} {field}</source>
        <translation>入口 {name!r} 的{field}</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="252"/>
        <source>impressions per unit</source>
        <translation>每单位曝光量</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="253"/>
        <source>earn per new person</source>
        <translation>每个新用户赚取的曝光</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="254"/>
        <source>eligible share</source>
        <translation>可见用户占比</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="255"/>
        <source>click-through rate</source>
        <translation>点击率</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="256"/>
        <source>cost per unit</source>
        <translation>单位费用</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="257"/>
        <source>daily cap</source>
        <translation>每日上限</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="258"/>
        <source>slot {name!r} is in use (placements: {n:,}; scenarios: {scenarios}): remove them first, or remove the slot with its placements</source>
        <translation>入口 {name!r} 正在使用中（投放：{n:,}；方案：{scenarios}）：请先删除这些投放，或连同投放一起删除入口</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="259"/>
        <source>platform {name!r} cannot be removed while slots are on it: {names}</source>
        <translation>平台 {name!r} 上还有入口，不能删除：{names}</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="260"/>
        <source>platform {name!r} cannot be removed while phases are on it: {names}</source>
        <translation>平台 {name!r} 上还有阶段，不能删除：{names}</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="261"/>
        <source>platform {name!r} cannot be removed while audience segments use it: {names}</source>
        <translation>平台 {name!r} 仍被受众群体使用，不能删除：{names}</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="262"/>
        <source>{name}: users must be a number that is not negative (got {value})</source>
        <translation>{name}：用户数必须是非负数（收到 {value}）</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="263"/>
        <source>{name} cannot have {users:,.0f} users: its overlaps with other platforms already hold {shared:,.0f} people (the sizes would not add up)</source>
        <translation>{name} 不能只有 {users:,.0f} 个用户：它与其他平台的重叠部分已有 {shared:,.0f} 人（各部分加起来对不上）</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="264"/>
        <source>a cell of the audience needs at least one platform</source>
        <translation>受众的一个部分至少需要一个平台</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="265"/>
        <source>the audience already has a cell for the people of {names}</source>
        <translation>受众中已有 {names} 的人群这一部分</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="266"/>
        <source>{path}: {problem}</source>
        <translation>{path}：{problem}</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="267"/>
        <source>expected an object, got {kind}</source>
        <translation>应为对象，实际为{kind}</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="268"/>
        <source>expected a list, got {kind}</source>
        <translation>应为列表，实际为{kind}</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="269"/>
        <source>expected text, got {kind}</source>
        <translation>应为文本，实际为{kind}</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="270"/>
        <source>expected a number, got {kind}</source>
        <translation>应为数字，实际为{kind}</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="271"/>
        <source>unknown key</source>
        <translation>未知的键</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="272"/>
        <source>an earned slot gives earn_per_new_person or impressions_per_unit, not both</source>
        <translation>赚取的入口只能给出 earn_per_new_person 或 impressions_per_unit 之一，不能两者都给</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="273"/>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="274"/>
        <source>text longer than 10,000 characters</source>
        <translation>文本超过 10,000 个字符</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="275"/>
        <source>number too large</source>
        <translation>数字过大</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="276"/>
        <source>expected a finite number</source>
        <translation>应为有限数值</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="277"/>
        <source>expected a date as YYYY-MM-DD, got {text!r}</source>
        <translation>应为 YYYY-MM-DD 格式的日期，实际为 {text!r}</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="278"/>
        <source>expected {expected!r}, got {got!r}</source>
        <translation>应为 {expected!r}，实际为 {got!r}</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="279"/>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="365"/>
        <source>expected a whole number</source>
        <translation>应为整数</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="280"/>
        <source>this plan was written by a newer version of the planner (JSON version {version}); this version reads up to {supported}</source>
        <translation>此计划由更新版本的规划工具写入（JSON 版本 {version}）；当前版本最多读取版本 {supported}</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="281"/>
        <source>unknown version {version}</source>
        <translation>未知版本 {version}</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="282"/>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="283"/>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="284"/>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="285"/>
        <source>true/false</source>
        <translation>布尔值（true/false）</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="286"/>
        <source>null</source>
        <translation>空值（null）</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="287"/>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="288"/>
        <source>not valid JSON: {error} (line {line}, column {column})</source>
        <translation>不是有效的 JSON：{error}（第 {line} 行，第 {column} 列）</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="289"/>
        <source>not valid JSON: nested too deeply</source>
        <translation>不是有效的 JSON：嵌套过深</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="290"/>
        <source>not valid JSON: {error}</source>
        <translation>不是有效的 JSON：{error}</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="291"/>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="292"/>
        <source>plan file</source>
        <translation>计划文件</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="293"/>
        <source>JSON plan</source>
        <translation>JSON 计划</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="294"/>
        <source>journal file</source>
        <translation>日志文件</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="295"/>
        <source>write-ahead log</source>
        <translation>预写日志</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="296"/>
        <source>working copy</source>
        <translation>工作副本</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="297"/>
        <source>working copy&apos;s log</source>
        <translation>工作副本的日志</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="298"/>
        <source>settings file</source>
        <translation>设置文件</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="299"/>
        <source>CSV file</source>
        <translation>CSV 文件</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="300"/>
        <source>a folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="301"/>
        <source>a named pipe (FIFO)</source>
        <translation>命名管道（FIFO）</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="302"/>
        <source>a socket</source>
        <translation>套接字</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="303"/>
        <source>a character device</source>
        <translation>字符设备</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="304"/>
        <source>a block device</source>
        <translation>块设备</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="305"/>
        <source>not a regular file</source>
        <translation>非普通文件</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="306"/>
        <source>the disk may be full</source>
        <translation>磁盘可能已满</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="307"/>
        <source>permission denied</source>
        <translation>权限不足</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="308"/>
        <source>the disk is read-only</source>
        <translation>磁盘为只读</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="309"/>
        <source>the file name is too long</source>
        <translation>文件名过长</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="310"/>
        <source>no such file or folder</source>
        <translation>没有这个文件或文件夹</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="311"/>
        <source>a part of the path is not a folder</source>
        <translation>路径中的某一部分不是文件夹</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="312"/>
        <source>too many symbolic links</source>
        <translation>符号链接过多</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="313"/>
        <source>input/output error: the disk may be failing or removed</source>
        <translation>输入/输出错误：磁盘可能出现故障或已被移除</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="314"/>
        <source>no program is reading from it</source>
        <translation>没有程序在读取它</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="315"/>
        <source>{n} MiB</source>
        <translation>{n} MiB</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="316"/>
        <source>{n} bytes</source>
        <translation>{n} 字节</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="317"/>
        <source>{name}: is a socket, not a {what}</source>
        <translation>{name}：是套接字，不是{what}</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="318"/>
        <source>{name}: no such file</source>
        <translation>{name}：没有这个文件</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="319"/>
        <source>{name}: is a folder, not a {what}</source>
        <translation>{name}：是文件夹，不是{what}</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="320"/>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="424"/>
        <source>{name}: cannot be read ({reason})</source>
        <translation>{name}：无法读取（{reason}）</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="321"/>
        <source>{name}: is {kind}, not a {what}</source>
        <translation>{name}：是{kind}，不是{what}</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="322"/>
        <source>{name}: larger than {size}; not a {what} this planner opens</source>
        <translation>{name}：大于 {size}；不是本工具能打开的{what}</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="323"/>
        <source>{name}: cannot be written ({reason})</source>
        <translation>{name}：无法写入（{reason}）</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="324"/>
        <source>{name}: cannot be written ({reason}); the previous file is unchanged</source>
        <translation>{name}：无法写入（{reason}）；原文件未改变</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="325"/>
        <source>{name}: is a folder; give a file name</source>
        <translation>{name}：是文件夹；请给出文件名</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="326"/>
        <source>{name}: is {kind}; only a regular file can be written</source>
        <translation>{name}：是{kind}；只能写入普通文件</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="327"/>
        <source>{name}: the folder {folder} does not exist</source>
        <translation>{name}：文件夹 {folder} 不存在</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="328"/>
        <source>{name}: {folder} is not a folder</source>
        <translation>{name}：{folder} 不是文件夹</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="329"/>
        <source>{name}: the file name is too long (at most 255 bytes)</source>
        <translation>{name}：文件名过长（最多 255 字节）</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="330"/>
        <source>{name}: changed while it was being written; nothing was written</source>
        <translation>{name}：写入过程中被改动；未写入任何内容</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="331"/>
        <source>{name}: not written: the text holds characters that are not valid Unicode</source>
        <translation>{name}：未写入：文本含有无效的 Unicode 字符</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="332"/>
        <source>{name}: another program was changing this plan and did not finish ({name}-journal is beside it); open it once with that program or with sqlite3 to finish the change, then try again</source>
        <translation>{name}：另一个程序正在修改此计划且未完成（旁边有 {name}-journal）；请先用该程序或 sqlite3 打开一次以完成修改，然后重试</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="333"/>
        <source>{name} is empty (0 bytes): not a plan file</source>
        <translation>{name} 是空文件（0 字节）：不是计划文件</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="334"/>
        <source>{name} is not a plan file (it is not a SQLite database)</source>
        <translation>{name} 不是计划文件（不是 SQLite 数据库）</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="335"/>
        <source>{name} is damaged (invalid page size {size})</source>
        <translation>{name} 已损坏（无效的页大小 {size}）</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="336"/>
        <source>{name} is damaged or from an unknown SQLite version (file format bytes {write}/{read})</source>
        <translation>{name} 已损坏或来自未知的 SQLite 版本（文件格式字节 {write}/{read}）</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="337"/>
        <source>{name} is damaged (truncated: its size is not a whole number of pages)</source>
        <translation>{name} 已损坏（被截断：大小不是整数页）</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="338"/>
        <source>{name} is damaged (truncated: {pages} of {expected} pages)</source>
        <translation>{name} 已损坏（被截断：{expected} 页中只有 {pages} 页）</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="339"/>
        <source>{name} is a SQLite database but not a Campaign Planner plan</source>
        <translation>{name} 是 SQLite 数据库，但不是小程序投放规划的计划</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="340"/>
        <source>{name} was made by a newer version of the planner (format {version}); this version reads up to format {supported}. Update the planner to open it.</source>
        <translation>{name} 由更新版本的规划工具创建（格式 {version}）；当前版本最多读取格式 {supported}。请更新规划工具后再打开。</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="341"/>
        <source>{name} has an unknown plan format version ({version})</source>
        <translation>{name} 的计划格式版本未知（{version}）</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="342"/>
        <source>{name} has {n:,} placements; the planner handles at most {limit:,} in one plan</source>
        <translation>{name} 有 {n:,} 个投放；本工具一个计划最多支持 {limit:,} 个</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="343"/>
        <source>{name} is damaged (integrity check: {detail})</source>
        <translation>{name} 已损坏（完整性检查：{detail}）</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="344"/>
        <source>{name} took too long to read and was stopped; it may be damaged or altered</source>
        <translation>{name} 读取时间过长，已停止；它可能已损坏或被改动</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="345"/>
        <source>{name} has been altered: it asks to run SQL that a plan file never contains</source>
        <translation>{name} 已被改动：它要求运行计划文件中从不包含的 SQL</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="346"/>
        <source>{name} is damaged or not a plan file ({detail})</source>
        <translation>{name} 已损坏或不是计划文件（{detail}）</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="347"/>
        <source>{name} is damaged ({error})</source>
        <translation>{name} 已损坏（{error}）</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="348"/>
        <source>{name}: not a JSON plan (not UTF-8 text)</source>
        <translation>{name}：不是 JSON 计划（不是 UTF-8 文本）</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="349"/>
        <source>{name}: {problem}{more}</source>
        <translation>{name}：{problem}{more}</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="350"/>
        <source>{name} has been altered: its tables are not those of a plan file</source>
        <translation>{name} 已被改动：其中的表不是计划文件的表</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="351"/>
        <source>{name} has been altered: it contains a {type} {object!r} that a plan file never has</source>
        <translation>{name} 已被改动：含有计划文件中从不存在的 {type} {object!r}</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="352"/>
        <source>{name} has been altered: unexpected table {table!r}</source>
        <translation>{name} 已被改动：意外的表 {table!r}</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="353"/>
        <source>plan format {version} cannot be read by this version</source>
        <translation>当前版本无法读取计划格式 {version}</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="354"/>
        <source>the plan cannot be saved: {problem}</source>
        <translation>无法保存计划：{problem}</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="355"/>
        <source>could not save {name}: {reason}</source>
        <translation>无法保存 {name}：{reason}</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="356"/>
        <source>could not save {name}: {reason}; the previous file is unchanged</source>
        <translation>无法保存 {name}：{reason}；原文件未改变</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="357"/>
        <source>could not save {name}: it is not a regular file; choose a file name</source>
        <translation>无法保存 {name}：它不是普通文件；请选择一个文件名</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="358"/>
        <source>could not save {name}: the plan could not be written ({error}); the previous file is unchanged</source>
        <translation>无法保存 {name}：无法写出计划（{error}）；原文件未改变</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="359"/>
        <source>could not save {name}: the saved copy did not read back equal to the plan; nothing was overwritten</source>
        <translation>无法保存 {name}：保存的副本读回后与计划不一致；未覆盖任何内容</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="360"/>
        <source>the saved copy did not read back as written; nothing was overwritten</source>
        <translation>保存的副本读回后与写入的内容不一致；未覆盖任何内容</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="361"/>
        <source>{name} is damaged: {where}: {what}</source>
        <translation>{name} 已损坏：{where}：{what}</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="362"/>
        <source>expected text</source>
        <translation>应为文本</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="363"/>
        <source>text too long</source>
        <translation>文本过长</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="364"/>
        <source>expected a number</source>
        <translation>应为数字</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="366"/>
        <source>expected a date</source>
        <translation>应为日期</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="367"/>
        <source>expected a list of names</source>
        <translation>应为名称列表</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="368"/>
        <source>unexpected key {key!r}</source>
        <translation>意外的键 {key!r}</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="369"/>
        <source>missing {what}</source>
        <translation>缺少 {what}</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="370"/>
        <source>unexpected {owner}.{field}</source>
        <translation>意外的 {owner}.{field}</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="371"/>
        <source>unknown scenario {scenario!r}</source>
        <translation>未知方案 {scenario!r}</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="372"/>
        <source>{owner}.{field} belongs to nothing in the plan</source>
        <translation>{owner}.{field} 不属于计划中的任何内容</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="373"/>
        <source>{owner}.cost_per_unit is {value:g} but the slots table says {column:g}</source>
        <translation>{owner}.cost_per_unit 为 {value:g}，但入口表中为 {column:g}</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="374"/>
        <source>{name} holds an invalid plan: {problem}{more}</source>
        <translation>{name} 包含无效的计划：{problem}{more}</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="375"/>
        <source>the library has no platform {ident!r}</source>
        <translation>库中没有平台 {ident!r}</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="376"/>
        <source>monthly users of {ident}</source>
        <translation>{ident} 的月活跃用户</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="377"/>
        <source>platform {name!r} ({ident}) has no monthly users in the library</source>
        <translation>平台 {name!r}（{ident}）在库中没有月活跃用户数</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="378"/>
        <source>the id {ident!r} is the library&apos;s platform {name!r}: a slot needs another id</source>
        <translation>id {ident!r} 是库中的平台 {name!r}：入口需要另一个 id</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="379"/>
        <source>choose at least one slot of the library</source>
        <translation>请至少选择库中的一个入口</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="380"/>
        <source>the library has no slot {ident!r}</source>
        <translation>库中没有入口 {ident!r}</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="381"/>
        <source>the plan already has a slot with the id {ident!r} ({name!r}): the library&apos;s slot {slot!r} is not added</source>
        <translation>计划中已有 id 为 {ident!r} 的入口（{name!r}）：库中的入口 {slot!r} 未添加</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="382"/>
        <source>the id {ident!r} of the library&apos;s slot {slot!r} is already the {what} {name!r} in the plan</source>
        <translation>库中入口 {slot!r} 的 id {ident!r} 已是计划中的{what} {name!r}</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="383"/>
        <source>platform {name!r} ({ident}) has no audience segment in the plan: the library needs its monthly users</source>
        <translation>平台 {name!r}（{ident}）在计划中没有受众部分：库需要它的月活跃用户数</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="384"/>
        <source>The local store is in use by another program; saved templates and recent plans are unavailable until the planner is restarted.</source>
        <translation>本地存储正被另一个程序使用；在重启规划工具之前，已保存的模板和最近的计划不可用。</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="385"/>
        <source>the disk or folder is read-only</source>
        <translation>磁盘或文件夹为只读</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="386"/>
        <source>input/output error</source>
        <translation>输入/输出错误</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="387"/>
        <source>the file cannot be opened</source>
        <translation>无法打开该文件</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="388"/>
        <source>The local store {store} cannot be used ({reason}); saved templates and recent plans are unavailable until this is fixed.</source>
        <translation>无法使用本地存储 {store}（{reason}）；在此问题解决之前，已保存的模板和最近的计划不可用。</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="389"/>
        <source>The application-data folder {folder} cannot be used ({reason}); saved templates and recent plans are unavailable until this is fixed.</source>
        <translation>无法使用应用数据文件夹 {folder}（{reason}）；在此问题解决之前，已保存的模板和最近的计划不可用。</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="390"/>
        <source>The local store was damaged and set aside as {aside}, but a new one cannot be made ({reason}).</source>
        <translation>本地存储已损坏并已移至 {aside}，但无法新建本地存储（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="391"/>
        <source>The local store could not be read ({reason}); it was set aside as {aside} and a new one was started (templates you saved and the recent plans are in the old file).</source>
        <translation>无法读取本地存储（{reason}）；已将其移至 {aside} 并新建了一个（您保存的模板和最近的计划在旧文件中）。</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="392"/>
        <source>The local store {store} cannot be created ({reason}); saved templates and recent plans are unavailable until this is fixed.</source>
        <translation>无法创建本地存储 {store}（{reason}）；在此问题解决之前，已保存的模板和最近的计划不可用。</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="393"/>
        <source>The local store {store} cannot be read ({reason}); saved templates and recent plans are unavailable until this is fixed.</source>
        <translation>无法读取本地存储 {store}（{reason}）；在此问题解决之前，已保存的模板和最近的计划不可用。</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="394"/>
        <source>The local store {store} was made by a newer version of the planner (format {version}; this version reads up to {supported}); it was left unchanged, and saved templates and recent plans are unavailable in this version.</source>
        <translation>本地存储 {store} 由更新版本的规划工具创建（格式 {version}；当前版本最多读取 {supported}）；已保持原样，当前版本中已保存的模板和最近的计划不可用。</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="395"/>
        <source>The local store {store} is damaged ({damage}) and cannot be set aside ({reason}); saved templates and recent plans are unavailable.</source>
        <translation>本地存储 {store} 已损坏（{damage}），且无法移走（{reason}）；已保存的模板和最近的计划不可用。</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="396"/>
        <source>a link to nothing</source>
        <translation>指向不存在目标的链接</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="397"/>
        <source>it is {kind}</source>
        <translation>它是{kind}</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="398"/>
        <source>a link</source>
        <translation>链接</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="399"/>
        <source>its file {file} is {kind}</source>
        <translation>它的文件 {file} 是{kind}</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="400"/>
        <source>file is not a database</source>
        <translation>文件不是数据库</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="401"/>
        <source>it failed its integrity check</source>
        <translation>它未通过完整性检查</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="402"/>
        <source>it holds {kind} {name}, which the planner never makes</source>
        <translation>它含有规划工具从不创建的 {kind} {name}</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="403"/>
        <source>its table {table!r} is not laid out as the planner&apos;s</source>
        <translation>它的表 {table!r} 的结构与规划工具的不同</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="404"/>
        <source>The local store cannot be changed ({error}).</source>
        <translation>无法更改本地存储（{error}）。</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="405"/>
        <source>template {template} cannot be read from the local store ({error})</source>
        <translation>无法从本地存储读取模板 {template}（{error}）</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="406"/>
        <source>no template {template}; known templates: {known}</source>
        <translation>没有模板 {template}；已知模板：{known}</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="407"/>
        <source>no template {template}; known templates: {known} ({why})</source>
        <translation>没有模板 {template}；已知模板：{known}（{why}）</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="408"/>
        <source>template {template} is damaged in the local store and cannot be used</source>
        <translation>本地存储中的模板 {template} 已损坏，无法使用</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="409"/>
        <source>template {template} is invalid: {error}</source>
        <translation>模板 {template} 无效：{error}</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="410"/>
        <source>a template id is 1-64 letters, digits, &apos;_&apos;, &apos;-&apos; or &apos;.&apos;</source>
        <translation>模板 id 只能由 1-64 个字母、数字、“_”、“-”或“.”组成</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="411"/>
        <source>{template!r} is a built-in template; choose another name</source>
        <translation>{template!r} 是内置模板；请换一个名称</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="412"/>
        <source>{template} is a built-in template and cannot be deleted</source>
        <translation>{template} 是内置模板，不能删除</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="413"/>
        <source>{path}: cannot be added to the recent plans ({error})</source>
        <translation>{path}：无法加入最近的计划（{error}）</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="414"/>
        <source>{template} is a built-in template and cannot be renamed</source>
        <translation>{template} 是内置模板，不能重命名</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="415"/>
        <source>there is already a template named {name}; choose another name</source>
        <translation>已有名为 {name} 的模板；请换一个名称</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="416"/>
        <source>{path}: cannot be added to the recent plans</source>
        <translation>{path}：无法加入最近的计划</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="417"/>
        <source>The slot library in the local store is damaged ({error}); the built-in library is used, and saving a slot to the library replaces it.</source>
        <translation>本地存储中的入口库已损坏（{error}）；现使用内置的库，把入口存入库时会替换它。</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="418"/>
        <source>its row holds no JSON text</source>
        <translation>它的行中没有 JSON 文本</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="419"/>
        <source>slot {slot} cannot be kept in the library: {error}</source>
        <translation>入口 {slot} 无法存入库：{error}</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="420"/>
        <source>cannot write to {folder} ({reason})</source>
        <translation>无法写入 {folder}（{reason}）</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="421"/>
        <source>{name}: not a working copy of this planner</source>
        <translation>{name}：不是本工具的工作副本</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="422"/>
        <source>{name}: empty</source>
        <translation>{name}：是空的</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="423"/>
        <source>{name}: damaged ({error})</source>
        <translation>{name}：已损坏（{error}）</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="425"/>
        <source>{name} is {kind}</source>
        <translation>{name} 是{kind}</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="426"/>
        <source>the plan&apos;s file name is not text</source>
        <translation>计划的文件名不是文本</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="427"/>
        <source>the count of edits is not a number</source>
        <translation>编辑次数不是数字</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="428"/>
        <source>input/output error: the disk may be full or failing</source>
        <translation>输入/输出错误：磁盘可能已满或出现故障</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="429"/>
        <source>a file of that name is already there; the planner writes only files it makes</source>
        <translation>已有同名文件；本工具只写入它自己创建的文件</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/campaign_planner/qt/texts.py" line="440"/>
        <source> (and %n more problem(s))</source>
        <translation>
            <numerusform>（另有 %n 个问题）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/campaign_planner/qt/texts.py" line="441"/>
        <source>%n damaged entry(ies) in the local store (templates or recent plans) could not be read and were ignored.</source>
        <translation>
            <numerusform>本地存储中有 %n 个损坏的条目（模板或最近的计划）无法读取，已忽略。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/campaign_planner/qt/texts.py" line="442"/>
        <source>{ids} and %n more</source>
        <translation>
            <numerusform>{ids} 等，另有 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/campaign_planner/qt/texts.py" line="443"/>
        <source>Left out (forbidden): {ids} — %n placement(s)</source>
        <translation>
            <numerusform>未计入（被禁止）：{ids} — 共 %n 个投放</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/campaign_planner/qt/texts.py" line="444"/>
        <source>Counted although the rules forbid them: {ids} — %n placement(s)</source>
        <translation>
            <numerusform>虽被规则禁止但已计入：{ids} — 共 %n 个投放</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../gui/campaign_planner/qt/dialogs.py" line="24"/>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/dialogs.py" line="25"/>
        <source>Save the changes to “%1” before closing?</source>
        <translation>关闭前保存对“%1”的更改吗？</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/dialogs.py" line="28"/>
        <source>If you don&apos;t save, your changes will be lost.</source>
        <translation>如果不保存，您的更改将会丢失。</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/dialogs.py" line="73"/>
        <source>Import delivered numbers</source>
        <translation>导入实际投放数据</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/dialogs.py" line="74"/>
        <source>Delivered numbers (*.csv);;All files (*)</source>
        <translation>实际投放数据 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/dialogs.py" line="97"/>
        <source>Add from library</source>
        <translation>从库中添加</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/dialogs.py" line="99"/>
        <source>Slots to copy into the plan (the plan keeps its own copy; numbers without a source are assumptions):</source>
        <translation>要复制到计划中的入口（计划保留自己的副本；没有来源的数字都是假设）：</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/dialogs.py" line="106"/>
        <source>%1 (in the plan)</source>
        <translation>%1（已在计划中）</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/dialogs.py" line="144"/>
        <source>Add audience cell</source>
        <translation>添加受众部分</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/dialogs.py" line="146"/>
        <source>The people who use exactly these platforms:</source>
        <translation>恰好使用这些平台的人：</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/dialogs.py" line="150"/>
        <source>How many people:</source>
        <translation>人数：</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/dialogs.py" line="193"/>
        <source>Admitted categories</source>
        <translation>准入类目</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/dialogs.py" line="195"/>
        <source>Which categories does this phase admit?</source>
        <translation>本阶段准入哪些类目？</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/dialogs.py" line="210"/>
        <source>Open plan</source>
        <translation>打开计划</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/dialogs.py" line="211"/>
        <source>Plans (*.mpplan *.json);;All files (*)</source>
        <translation>计划 (*.mpplan *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/dialogs.py" line="217"/>
        <source>Save plan</source>
        <translation>保存计划</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/dialogs.py" line="218"/>
        <source>Plans (*.mpplan)</source>
        <translation>计划 (*.mpplan)</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/dialogs.py" line="342"/>
        <source>“%1” was moved, renamed or deleted since you opened it. Save it here again, or choose where to save?</source>
        <translation>“%1”在您打开后已被移动、重命名或删除。要在原位置重新保存，还是另选保存位置？</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/dialogs.py" line="346"/>
        <source>“%1” was changed by someone or something else since you opened it. Overwrite those changes, or save under another name?</source>
        <translation>“%1”在您打开后已被他人或其他程序修改。要覆盖这些修改，还是另存为其他名称？</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/dialogs.py" line="349"/>
        <source>File changed on disk</source>
        <translation>磁盘上的文件已更改</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/dialogs.py" line="351"/>
        <source>Overwrite</source>
        <translation>覆盖</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/dialogs.py" line="352"/>
        <source>Save As…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/dialogs.py" line="364"/>
        <source>never saved</source>
        <translation>从未保存</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/dialogs.py" line="365"/>
        <source>The planner stopped while “%1” had unsaved changes.
Last edited: %2
Saved as: %3</source>
        <translation>规划工具意外退出时，“%1”有未保存的更改。
最后编辑：%2
保存位置：%3</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/dialogs.py" line="368"/>
        <source>Restore unsaved changes</source>
        <translation>恢复未保存的更改</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/dialogs.py" line="370"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/dialogs.py" line="371"/>
        <source>Not now</source>
        <translation>稍后再说</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/dialogs.py" line="372"/>
        <source>Discard</source>
        <translation>丢弃</translation>
    </message>
</context>
<context>
    <name>exports</name>
    <message>
        <location filename="../../gui/campaign_planner/qt/exports.py" line="166"/>
        <source>the %1 image could not be made</source>
        <translation>无法生成 %1 图像</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="55"/>
        <source>Activity heterogeneity (kappa)</source>
        <translation>活跃度异质性 (kappa)</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="56"/>
        <source>Correlation within a platform</source>
        <translation>平台内相关系数</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="57"/>
        <source>7-day retention</source>
        <translation>7 日留存率</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="58"/>
        <source>Segment size</source>
        <translation>人群规模</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="59"/>
        <source>Impressions per unit</source>
        <translation>每单位曝光量</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="60"/>
        <source>Eligible share</source>
        <translation>可见用户占比</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="61"/>
        <source>Click-through rate</source>
        <translation>点击率</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="67"/>
        <source>Impressions earned per new person</source>
        <extracomment>What a field of an earned slot (unit &quot;earned&quot;) means there: its impressions per unit are the impressions it earns per new person the plan brought the day before.</extracomment>
        <translation>每个新用户赚取的曝光</translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <location filename="../../gui/campaign_planner/qt/help.py" line="36"/>
        <source>Activity heterogeneity (kappa): how unevenly people use the apps. Small: a few heavy users see most impressions and reach grows slowly; large: everyone alike, reach grows fast.</source>
        <translation>活跃度异质性 (kappa)：人们使用应用的不均匀程度。小：少数重度用户看到大部分曝光，触达增长慢；大：人人相似，触达增长快。</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/help.py" line="39"/>
        <source>Eligible share: the share of the app&apos;s users who ever see this slot&apos;s surface.</source>
        <translation>可见用户占比：应用用户中会看到这个入口的人所占的比例。</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/help.py" line="41"/>
        <source>Impressions per unit: how many times one booking unit (an insertion or a day) is seen.</source>
        <translation>每单位曝光量：一个预订单位（一次投放或一天）被看到的次数。</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/help.py" line="43"/>
        <source>Impressions earned per new person: an earned slot (Alipay&apos;s central recommendation) is not booked; each day its placements cover, it delivers this many impressions for each new person the plan reached the day before.</source>
        <translation>每个新用户赚取的曝光：赚取的入口（支付宝的中心化推荐）不是买来的；在其投放覆盖的每一天，计划前一天每触达一个新用户，它就带来这么多次曝光。</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/help.py" line="47"/>
        <source>Click-through rate: the share of impressions that open the mini program (the funnel&apos;s visitors).</source>
        <translation>点击率：打开小程序的曝光所占比例（漏斗中的访客）。</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/help.py" line="50"/>
        <source>7-day retention: the share of visitors still using the mini program a week later.</source>
        <translation>7 日留存率：一周后仍在使用小程序的访客比例。</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/help.py" line="52"/>
        <source>Correlation within a platform: how much the errors in one platform&apos;s slots go together. When the eligible share or the impressions of one Weibo slot turn out higher than assumed, the others&apos; likely do too; 0: each slot on its own, near 1: all together. It widens the P10–P90 band, not the line.</source>
        <translation>平台内相关系数：同一平台各入口的假设误差在多大程度上同向。如果某个微博入口的可见用户占比或曝光量比假设的高，其他入口很可能也偏高；0：各入口互不相关，接近 1：完全同向。它会加宽 P10–P90 区间，但不改变中间的线。</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/help.py" line="57"/>
        <source>Segment size: how many people use only Alipay, only Weibo, or both; each person is counted once.</source>
        <translation>人群规模：只用支付宝、只用微博或两者都用的人数；每人只计一次。</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/help.py" line="61"/>
        <source>Low and high bound the P10–P90 band: the planner draws 200 sets of values between them and shows the range 80 % of the draws fall in.</source>
        <translation>下限和上限决定 P10–P90 区间：本工具在两者之间抽取 200 组取值，显示其中 80 % 落入的范围。</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/help.py" line="96"/>
        <source>Timeline: move the selection by a day / a week</source>
        <translation>时间轴：把所选投放移动一天 / 一周</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/help.py" line="97"/>
        <source>Arrow keys / Shift+arrow keys</source>
        <translation>方向键 / Shift+方向键</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/help.py" line="98"/>
        <source>Timeline: add to the selection</source>
        <translation>时间轴：加入选择</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/help.py" line="98"/>
        <source>Ctrl+click</source>
        <translation>Ctrl+单击</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/help.py" line="99"/>
        <source>Timeline: select several</source>
        <translation>时间轴：选中多个</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/help.py" line="99"/>
        <source>Drag on empty space</source>
        <translation>在空白处拖动</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/help.py" line="100"/>
        <source>Timeline: zoom</source>
        <translation>时间轴：缩放</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/help.py" line="100"/>
        <source>Ctrl+wheel</source>
        <translation>Ctrl+滚轮</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/help.py" line="101"/>
        <source>Date field: a day earlier / later</source>
        <translation>日期字段：提前 / 推后一天</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/help.py" line="101"/>
        <source>Down / Up</source>
        <translation>下 / 上</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/help.py" line="102"/>
        <source>Date field: a month earlier / later</source>
        <translation>日期字段：提前 / 推后一个月</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/help.py" line="103"/>
        <source>Page Down / Page Up</source>
        <translation>Page Down / Page Up</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/help.py" line="104"/>
        <source>Date field: open the calendar</source>
        <translation>日期字段：打开日历</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/help.py" line="104"/>
        <source>Alt+Down</source>
        <translation>Alt+下</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/help.py" line="165"/>
        <source>Campaign Planner %1</source>
        <translation>小程序投放规划 %1</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/help.py" line="166"/>
        <source>Plans mini-program campaigns across Alipay, Weibo and other Alibaba apps and projects their unique reach.</source>
        <translation>规划小程序在支付宝、微博和其他阿里系应用中的投放，并预测其去重触达。</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/help.py" line="169"/>
        <source>Licence: MIT (the LICENSE file). Built with Qt and PySide6 (LGPLv3), pyqtgraph (MIT), sqlite-utils (Apache 2.0) and NumPy (BSD).</source>
        <translation>许可证：MIT（见 LICENSE 文件）。使用 Qt 和 PySide6 (LGPLv3)、pyqtgraph (MIT)、sqlite-utils (Apache 2.0) 和 NumPy (BSD) 构建。</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/help.py" line="173"/>
        <source>Templates, recent plans and working copies: %1</source>
        <translation>模板、最近的计划和工作副本：%1</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/help.py" line="175"/>
        <source>Backups (the version each save replaced): %1</source>
        <translation>备份（每次保存所替换的版本）：%1</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/help.py" line="177"/>
        <source>Settings: %1</source>
        <translation>设置：%1</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/help.py" line="190"/>
        <source>About Campaign Planner</source>
        <translation>关于小程序投放规划</translation>
    </message>
</context>
<context>
    <name>levels</name>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="70"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="70"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
</context>
<context>
    <name>names</name>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="75"/>
        <source>Government affairs</source>
        <translation>政务</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="76"/>
        <source>Livelihood</source>
        <translation>民生</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="77"/>
        <source>Public welfare</source>
        <translation>公益</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="78"/>
        <source>Campus</source>
        <translation>校园</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="79"/>
        <source>Smart retail</source>
        <translation>智慧零售</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="80"/>
        <source>Commercial brands</source>
        <translation>商业品牌</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="81"/>
        <source>Government institutions</source>
        <translation>政务机构</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="82"/>
        <source>Influencer agencies</source>
        <translation>红人机构</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="83"/>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="84"/>
        <source>Entertainment</source>
        <translation>娱乐</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="85"/>
        <source>Social</source>
        <translation>社交</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="86"/>
        <source>Life services</source>
        <translation>生活服务</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="87"/>
        <source>E-commerce</source>
        <translation>电商</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="89"/>
        <source>All categories</source>
        <translation>所有类目</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="92"/>
        <source>Whitelisted</source>
        <translation>白名单</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="93"/>
        <source>Service-type mini program</source>
        <translation>服务类小程序</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="94"/>
        <source>Big-V account</source>
        <translation>大V账号</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="95"/>
        <source>Invited</source>
        <translation>定向邀请</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="97"/>
        <source>custom: {id}</source>
        <translation>自定义：{id}</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="98"/>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="27"/>
        <source>{id} on {slot} runs {start}..{end}, outside the plan&apos;s dates {plan_start}..{plan_end}</source>
        <translation>{slot} 上的 {id} 投放于 {start}..{end}，超出计划日期 {plan_start}..{plan_end}</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="28"/>
        <source>{id} on {slot}: no {platform} phase admits the category &apos;{category}&apos;</source>
        <translation>{slot} 上的 {id}：{platform} 没有任何阶段准入类目“{category}”</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="29"/>
        <source>{id} on {slot} starts {start}, before {platform} admits the category &apos;{category}&apos;: first admitted in phase {phase} from {admitted}</source>
        <translation>{slot} 上的 {id} 于 {start} 开始，早于 {platform} 准入类目“{category}”：最早在阶段“{phase}”自 {admitted} 起准入</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="30"/>
        <source>{id} on {slot} requires {flags}, which the mini program does not have</source>
        <translation>{slot} 上的 {id} 需要 {flags}，而小程序不具备</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="32"/>
        <source>scenario {name} costs {cost} {currency}, {over} {currency} over the plan&apos;s budget of {budget} {currency}</source>
        <translation>方案 {name} 的成本为 {cost} {currency}，超出计划预算 {budget} {currency} 达 {over} {currency}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/campaign_planner/qt/texts.py" line="43"/>
        <source>{id} on {slot} is cap-bound on %n day(s): {peak} units a day asked, the slot allows {cap}; the excess is not projected</source>
        <translation>
            <numerusform>{slot} 上的 {id} 有 %n 天触及上限：每天要求 {peak} 个单位，入口最多允许 {cap}；超出部分不计入预测</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="31"/>
        <source>{id} overlaps {other} on {slot} ({start}..{end})</source>
        <translation>{slot} 上的 {id} 与 {other} 重叠（{start}..{end}）</translation>
    </message>
</context>
<context>
    <name>slots</name>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="623"/>
        <source>%1 (earned)</source>
        <translation>%1（赚取）</translation>
    </message>
</context>
<context>
    <name>templates</name>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="107"/>
        <source>Weibo x Alipay rollout 2019-2020</source>
        <translation>微博 x 支付宝 分阶段推广 2019-2020</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="108"/>
        <source>Blank plan</source>
        <translation>空白计划</translation>
    </message>
</context>
<context>
    <name>texts</name>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="575"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="580"/>
        <source>%1; %2</source>
        <translation>%1；%2</translation>
    </message>
</context>
</TS>
