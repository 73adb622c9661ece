<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Autosaver</name>
    <message>
        <location filename="../../gui/campaign_planner/qt/autosave.py" line="73"/>
        <source>the lock file cannot be made</source>
        <extracomment>why the working copy is not up to date (one line), or &quot;&quot; once a write succeeded again</extracomment>
        <translation>无法创建锁文件</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/autosave.py" line="74"/>
        <source>cannot lock a working copy in %1 (%2)</source>
        <translation>无法锁定 %1 中的工作副本（%2）</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/autosave.py" line="134"/>
        <source>%1: cannot be read (%2)</source>
        <translation>%1：无法读取（%2）</translation>
    </message>
</context>
<context>
    <name>ChartsPanel</name>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/panel.py" line="58"/>
        <source>bands %p%</source>
        <translation>区间 %p%</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/panel.py" line="61"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/panel.py" line="71"/>
        <source>Reach</source>
        <translation>触达</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/panel.py" line="71"/>
        <source>Daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/panel.py" line="71"/>
        <source>Slots</source>
        <translation>入口</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/panel.py" line="72"/>
        <source>Frequency</source>
        <translation>频次</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/panel.py" line="72"/>
        <source>Funnel</source>
        <translation>漏斗</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/panel.py" line="200"/>
        <source>Chart as PNG…</source>
        <translation>图表导出为 PNG…</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/panel.py" line="201"/>
        <source>Chart as SVG…</source>
        <translation>图表导出为 SVG…</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/panel.py" line="202"/>
        <source>Copy chart</source>
        <translation>复制图表</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/panel.py" line="204"/>
        <source>Projected series as CSV…</source>
        <translation>预测序列导出为 CSV…</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/panel.py" line="205"/>
        <source>PDF report…</source>
        <translation>PDF 报告…</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/panel.py" line="225"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/panel.py" line="236"/>
        <source>Export chart as PNG</source>
        <translation>导出图表为 PNG</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/panel.py" line="236"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/panel.py" line="243"/>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/panel.py" line="248"/>
        <source>Export chart as SVG</source>
        <translation>导出图表为 SVG</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/panel.py" line="248"/>
        <source>SVG images (*.svg)</source>
        <translation>SVG 图片 (*.svg)</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/panel.py" line="259"/>
        <source>Export projected series</source>
        <translation>导出预测序列</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/panel.py" line="259"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/panel.py" line="269"/>
        <source>Export PDF report</source>
        <translation>导出 PDF 报告</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/panel.py" line="269"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/panel.py" line="272"/>
        <source>Writing the report…</source>
        <translation>正在生成报告…</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/panel.py" line="272"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/panel.py" line="273"/>
        <source>PDF report</source>
        <translation>PDF 报告</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/panel.py" line="284"/>
        <source>Report cancelled; nothing was written</source>
        <translation>报告已取消；未写入任何文件</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/panel.py" line="293"/>
        <source>Chart copied</source>
        <translation>图表已复制</translation>
    </message>
</context>
<context>
    <name>DailyChart</name>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/views.py" line="233"/>
        <source>Reached that day</source>
        <translation>当日触达</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/views.py" line="234"/>
        <source>New people</source>
        <translation>新增触达</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/views.py" line="243"/>
        <source>Daily reach and new people</source>
        <translation>每日触达与新增人数</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/views.py" line="243"/>
        <source>  (preview)</source>
        <translation>  （预览）</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/views.py" line="250"/>
        <source>reached that day %1</source>
        <translation>当日触达 %1</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/views.py" line="251"/>
        <source>new %1</source>
        <translation>新增 %1</translation>
    </message>
</context>
<context>
    <name>FrequencyChart</name>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/views.py" line="362"/>
        <source>%1 exposures</source>
        <translation>%1 次曝光</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/views.py" line="369"/>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/views.py" line="371"/>
        <source>Exposures per person on %1</source>
        <translation>截至 %1 的人均曝光次数分布</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/views.py" line="373"/>
        <source>not reached: %1 (off the scale)</source>
        <translation>未触达：%1（超出刻度）</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/views.py" line="374"/>
        <source>  (preview)</source>
        <translation>  （预览）</translation>
    </message>
</context>
<context>
    <name>FunnelChart</name>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/views.py" line="386"/>
        <source>Reached</source>
        <translation>触达</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/views.py" line="386"/>
        <source>Visitors</source>
        <translation>访问</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/views.py" line="386"/>
        <source>Retained (7 days)</source>
        <translation>留存（7 日）</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/views.py" line="401"/>
        <source>Funnel by the end of the plan</source>
        <translation>计划结束时的转化漏斗</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/views.py" line="401"/>
        <source>  (preview)</source>
        <translation>  （预览）</translation>
    </message>
</context>
<context>
    <name>ImageSizeDialog</name>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/panel.py" line="23"/>
        <source>Image size</source>
        <translation>图片尺寸</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/panel.py" line="32"/>
        <source>Width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/panel.py" line="33"/>
        <source>Height</source>
        <translation>高度</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/panel.py" line="34"/>
        <source>Resolution</source>
        <translation>分辨率</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="332"/>
        <source>Not changed: %1</source>
        <translation>未更改：%1</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="339"/>
        <source>Placement %1</source>
        <translation>投放 %1</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="343"/>
        <source>Phase</source>
        <translation>阶段</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="347"/>
        <source>%n placement(s) selected</source>
        <translation>
            <numerusform>已选择 %n 个投放</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="351"/>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/campaign_planner/qt/app.py" line="174"/>
        <location filename="../../gui/campaign_planner/qt/main_window.py" line="370"/>
        <source>Cannot open the plan</source>
        <translation>无法打开计划</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/main_window.py" line="50"/>
        <source>Slots</source>
        <translation>入口</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/main_window.py" line="51"/>
        <source>Inspector</source>
        <translation>属性</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/main_window.py" line="52"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/main_window.py" line="53"/>
        <source>Reach</source>
        <translation>触达</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/main_window.py" line="97"/>
        <location filename="../../gui/campaign_planner/qt/main_window.py" line="105"/>
        <source>Problems with the planner&apos;s files</source>
        <translation>规划工具的文件出现问题</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/main_window.py" line="131"/>
        <source>Autosave failed: %1. Save the plan to keep your changes.</source>
        <translation>自动保存失败：%1。请保存计划以保留您的更改。</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/main_window.py" line="141"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/main_window.py" line="142"/>
        <source>&amp;New from template</source>
        <translation>从模板新建(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/main_window.py" line="144"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/main_window.py" line="145"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/main_window.py" line="148"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/main_window.py" line="149"/>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/main_window.py" line="150"/>
        <source>Save as &amp;Template…</source>
        <translation>另存为模板(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/main_window.py" line="151"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/main_window.py" line="153"/>
        <source>&amp;Close plan</source>
        <translation>关闭计划(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/main_window.py" line="155"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/main_window.py" line="157"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/main_window.py" line="159"/>
        <location filename="../../gui/campaign_planner/qt/main_window.py" line="238"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/main_window.py" line="161"/>
        <location filename="../../gui/campaign_planner/qt/main_window.py" line="240"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/main_window.py" line="166"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/main_window.py" line="167"/>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/main_window.py" line="168"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/main_window.py" line="169"/>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/main_window.py" line="174"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/main_window.py" line="175"/>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/main_window.py" line="176"/>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/main_window.py" line="177"/>
        <source>&amp;Fit to Plan</source>
        <translation>适应计划(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/main_window.py" line="182"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/main_window.py" line="208"/>
        <source>No recent plans</source>
        <translation>没有最近的计划</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/main_window.py" line="254"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/main_window.py" line="287"/>
        <source>Not changed: %1</source>
        <translation>未更改：%1</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/main_window.py" line="330"/>
        <source>Campaign Planner</source>
        <translation>小程序投放规划</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/main_window.py" line="333"/>
        <source>%1[*] — Campaign Planner</source>
        <translation>%1[*] — 小程序投放规划</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/main_window.py" line="353"/>
        <source>Cannot create the plan</source>
        <translation>无法创建计划</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/main_window.py" line="378"/>
        <source>Imported %1: save it as a plan file</source>
        <translation>已导入 %1：请另存为计划文件</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/main_window.py" line="423"/>
        <source>Cannot save the plan</source>
        <translation>无法保存计划</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/main_window.py" line="429"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/main_window.py" line="458"/>
        <source>A copy of unsaved changes could not be read (%1) and could not be set aside (%2).</source>
        <translation>一份未保存更改的副本无法读取（%1），也无法移走（%2）。</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/main_window.py" line="471"/>
        <source>The discarded changes could not be moved to %1 (%2).</source>
        <translation>已放弃的更改无法移至 %1（%2）。</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/main_window.py" line="489"/>
        <source>A copy of unsaved changes could not be read and was set aside in %1 (%2).</source>
        <translation>一份未保存更改的副本无法读取，已移至 %1（%2）。</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/main_window.py" line="492"/>
        <source>%1 copies of unsaved changes could not be read and were set aside in %2.</source>
        <translation>%1 份未保存更改的副本无法读取，已移至 %2。</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/main_window.py" line="512"/>
        <source>Restored unsaved changes to %1</source>
        <translation>已恢复 %1 的未保存更改</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/main_window.py" line="520"/>
        <source>Save as template</source>
        <translation>另存为模板</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/main_window.py" line="520"/>
        <source>Template name:</source>
        <translation>模板名称：</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/main_window.py" line="530"/>
        <source>Cannot save the template</source>
        <translation>无法保存模板</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/main_window.py" line="532"/>
        <source>Saved the template %1</source>
        <translation>已保存模板 %1</translation>
    </message>
</context>
<context>
    <name>PhasePage</name>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="143"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="143"/>
        <source>Rename phase</source>
        <translation>重命名阶段</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="146"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="147"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="148"/>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="149"/>
        <source>Admits</source>
        <translation>准入类目</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="150"/>
        <source>Categories this phase admits, separated by commas; “all” admits every category. Known categories: %1</source>
        <translation>本阶段准入的类目，用逗号分隔；“all”表示准入所有类目。已知类目：%1</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="152"/>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="153"/>
        <source>Delete phase</source>
        <translation>删除阶段</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="161"/>
        <source>all platforms</source>
        <translation>所有平台</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="176"/>
        <source>Change phase dates</source>
        <translation>修改阶段日期</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="181"/>
        <source>Change admitted categories</source>
        <translation>修改准入类目</translation>
    </message>
</context>
<context>
    <name>PlacementPage</name>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="88"/>
        <source>Slot</source>
        <translation>入口</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="89"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="90"/>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="91"/>
        <source>Units per day</source>
        <translation>每日单位数</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="92"/>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="93"/>
        <source>from the slot&apos;s cost per unit</source>
        <translation>按入口单价计算</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="94"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="121"/>
        <source>Change start</source>
        <translation>修改开始日期</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="121"/>
        <source>Change end</source>
        <translation>修改结束日期</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="121"/>
        <source>Change slot</source>
        <translation>修改入口</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="122"/>
        <source>Change units per day</source>
        <translation>修改每日单位数</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="122"/>
        <source>Change cost</source>
        <translation>修改费用</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="123"/>
        <source>Change note</source>
        <translation>修改备注</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="134"/>
        <source>“%1” is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="189"/>
        <source>Plan name</source>
        <translation>计划名称</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="189"/>
        <source>Rename plan</source>
        <translation>重命名计划</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="190"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="190"/>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="192"/>
        <source>Change plan dates</source>
        <translation>修改计划日期</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="192"/>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="194"/>
        <source>Target reach</source>
        <translation>目标触达</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="195"/>
        <source>people, e.g. 150000000</source>
        <translation>人数，例如 150000000</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="196"/>
        <source>Mini program</source>
        <translation>小程序</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="196"/>
        <source>Rename mini program</source>
        <translation>重命名小程序</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="202"/>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="204"/>
        <source>Change category</source>
        <translation>修改类目</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="205"/>
        <source>Category</source>
        <translation>类目</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="206"/>
        <source>Flags</source>
        <translation>资质</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="207"/>
        <source>Change flags</source>
        <translation>修改资质</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="208"/>
        <source>What the mini program has, separated by commas: whitelisted, big_v, service_type, invited</source>
        <translation>小程序具备的资质，用逗号分隔：whitelisted（白名单）、big_v（大V）、service_type（服务类）、invited（受邀）</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="211"/>
        <source>Assumption</source>
        <translation>假设</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="211"/>
        <source>Value</source>
        <translation>取值</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="211"/>
        <source>Low</source>
        <translation>下限</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="212"/>
        <source>High</source>
        <translation>上限</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="212"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="216"/>
        <source>Audience and slot assumptions</source>
        <translation>受众与入口假设</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="242"/>
        <source>assumption</source>
        <translation>假设</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="244"/>
        <source>No source gives this number: it is an assumption</source>
        <translation>没有来源给出此数字：这是一个假设</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="265"/>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="277"/>
        <source>“%1” is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="267"/>
        <source>Change target reach</source>
        <translation>修改目标触达</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="281"/>
        <source>Change %1</source>
        <translation>修改%1</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/problems.py" line="73"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/problems.py" line="73"/>
        <source>Placement</source>
        <translation>投放</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/problems.py" line="73"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/problems.py" line="108"/>
        <source>All problems</source>
        <translation>全部问题</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/problems.py" line="108"/>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/problems.py" line="109"/>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/problems.py" line="148"/>
        <source>%1 errors, %2 warnings</source>
        <translation>%1 个错误，%2 个警告</translation>
    </message>
</context>
<context>
    <name>ReachChart</name>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/views.py" line="160"/>
        <source>P10-P90 band</source>
        <translation>P10-P90 区间</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/views.py" line="163"/>
        <source>Total reach</source>
        <translation>总触达</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/views.py" line="166"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/views.py" line="183"/>
        <source>Cumulative unique reach</source>
        <translation>累计去重触达</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/views.py" line="203"/>
        <source>by the end: %1</source>
        <translation>期末：%1</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/views.py" line="208"/>
        <source>target %1 not reached; %2 short</source>
        <translation>未达到目标 %1；还差 %2</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/views.py" line="211"/>
        <source>target %1 reached on %2</source>
        <translation>%2 达到目标 %1</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/views.py" line="217"/>
        <source>reach %1</source>
        <translation>触达 %1</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/views.py" line="221"/>
        <source>P10-P90 %1 – %2</source>
        <translation>P10-P90 %1 – %2</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/views.py" line="184"/>
        <source>  (preview)</source>
        <translation>  （预览）</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <location filename="../../gui/campaign_planner/qt/report.py" line="156"/>
        <source>Mini program: %1 (category %2; flags: %3)</source>
        <translation>小程序：%1（类目 %2；资质：%3）</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/report.py" line="158"/>
        <source>Plan: %1 to %2 (%3 days); scenario %4</source>
        <translation>计划：%1 至 %2（%3 天）；方案 %4</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/report.py" line="160"/>
        <source>Report made on %1</source>
        <translation>报告生成于 %1</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/report.py" line="164"/>
        <source>Unique people reached</source>
        <translation>去重触达人数</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/report.py" line="165"/>
        <source>Unique visitors</source>
        <translation>去重访问人数</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/report.py" line="166"/>
        <source>Retained after 7 days</source>
        <translation>7 日后留存</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/report.py" line="170"/>
        <source>Reach, P10 to P90</source>
        <translation>触达（P10 至 P90）</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/report.py" line="180"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/report.py" line="175"/>
        <source>%1, reached on %2</source>
        <translation>%1，于 %2 达到</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/report.py" line="178"/>
        <source>%1, not reached; %2 short</source>
        <translation>%1，未达到；还差 %2</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/report.py" line="183"/>
        <source>Not modelled: viral second-hop reach (shares of shares), per-person frequency caps, correlation of eligibility between slots beyond what activity explains.</source>
        <translation>未建模：病毒式二次传播（分享的再分享）、单人频次上限，以及活跃度之外的入口可见性相关性。</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/report.py" line="189"/>
        <source>Timeline</source>
        <translation>时间轴</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/report.py" line="217"/>
        <source>Assumptions</source>
        <translation>假设</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/report.py" line="221"/>
        <source>assumption</source>
        <translation>假设</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/report.py" line="222"/>
        <source>Assumption</source>
        <translation>假设</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/report.py" line="222"/>
        <source>Value</source>
        <translation>取值</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/report.py" line="222"/>
        <source>Low</source>
        <translation>下限</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/report.py" line="222"/>
        <source>High</source>
        <translation>上限</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/report.py" line="222"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/report.py" line="227"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/report.py" line="229"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/report.py" line="229"/>
        <source>Placement</source>
        <translation>投放</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/report.py" line="229"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/report.py" line="233"/>
        <source>None: every placement is allowed by the rules.</source>
        <translation>无：所有投放均符合规则。</translation>
    </message>
</context>
<context>
    <name>SlotPalette</name>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/palette.py" line="17"/>
        <source>Slot</source>
        <translation>入口</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/palette.py" line="17"/>
        <source>Phases</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/palette.py" line="39"/>
        <source>open</source>
        <translation>开放</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/palette.py" line="45"/>
        <source>Requires: %1</source>
        <translation>需要：%1</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/panels/palette.py" line="47"/>
        <source>At most %1 a day</source>
        <translation>每天最多 %1</translation>
    </message>
</context>
<context>
    <name>SlotsChart</name>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/views.py" line="341"/>
        <source>Reach of the slot alone</source>
        <translation>单独该入口的触达</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/views.py" line="342"/>
        <source>Exclusive reach (lost without it)</source>
        <translation>独占触达（去掉该入口将失去）</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/views.py" line="343"/>
        <source>Reach by slot, on the last day</source>
        <translation>各入口触达（最后一天）</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/views.py" line="343"/>
        <source>  (preview)</source>
        <translation>  （预览）</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/views.py" line="347"/>
        <source>alone %1</source>
        <translation>单独 %1</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/charts/views.py" line="348"/>
        <source>exclusive %1</source>
        <translation>独占 %1</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../gui/campaign_planner/qt/start_page.py" line="18"/>
        <source>Campaign Planner</source>
        <translation>小程序投放规划</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/start_page.py" line="21"/>
        <source>Plan a mini program&apos;s campaign across Alipay, Weibo and other apps, and see how many distinct people it reaches.</source>
        <translation>规划小程序在支付宝、微博等应用中的投放，并查看能触达多少不重复的用户。</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/start_page.py" line="24"/>
        <source>&lt;b&gt;New plan from a template&lt;/b&gt;</source>
        <translation>&lt;b&gt;从模板新建计划&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/start_page.py" line="25"/>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/start_page.py" line="27"/>
        <source>&lt;b&gt;Recent plans&lt;/b&gt;</source>
        <translation>&lt;b&gt;最近的计划&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/start_page.py" line="27"/>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../gui/campaign_planner/qt/timeline/paint.py" line="218"/>
        <source>Q%1 %2</source>
        <translation>%2年第%1季度</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/timeline/paint.py" line="220"/>
        <source>MMMM yyyy</source>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/timeline/paint.py" line="224"/>
        <source>Q%1</source>
        <translation>第%1季度</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/timeline/paint.py" line="235"/>
        <source>Slots</source>
        <translation>入口</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/timeline/paint.py" line="241"/>
        <source>Phases: %1</source>
        <translation>阶段：%1</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/timeline/paint.py" line="240"/>
        <source>all platforms</source>
        <translation>所有平台</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/timeline/view.py" line="399"/>
        <source>Rename phase…</source>
        <translation>重命名阶段…</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/timeline/view.py" line="400"/>
        <location filename="../../gui/campaign_planner/qt/timeline/view.py" line="509"/>
        <source>Delete phase</source>
        <translation>删除阶段</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/timeline/view.py" line="406"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/timeline/view.py" line="407"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/timeline/view.py" line="409"/>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/timeline/view.py" line="431"/>
        <source>%1 to %2, %3 units a day</source>
        <translation>%1 至 %2，每天 %3 个单位</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/timeline/view.py" line="465"/>
        <source>Nudge placements</source>
        <translation>微调投放</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/campaign_planner/qt/timeline/view.py" line="483"/>
        <source>Delete %n placement(s)</source>
        <translation>
            <numerusform>删除 %n 个投放</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/campaign_planner/qt/timeline/view.py" line="489"/>
        <source>Copied %n placement(s)</source>
        <translation>
            <numerusform>已复制 %n 个投放</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/campaign_planner/qt/timeline/view.py" line="495"/>
        <source>Paste %n placement(s)</source>
        <translation>
            <numerusform>粘贴 %n 个投放</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/timeline/view.py" line="504"/>
        <location filename="../../gui/campaign_planner/qt/timeline/view.py" line="506"/>
        <source>Rename phase</source>
        <translation>重命名阶段</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/timeline/view.py" line="504"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/timeline/view.py" line="529"/>
        <source>Drop the slot on the timeline inside the plan&apos;s dates</source>
        <translation>请把入口拖放到计划日期范围内的时间轴上</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/timeline/view.py" line="531"/>
        <source>Add placement</source>
        <translation>添加投放</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/timeline/gestures.py" line="117"/>
        <source>Move placement</source>
        <extracomment>whether the charts should see the tentative plan while this gesture runs</extracomment>
        <translation>移动投放</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/timeline/gestures.py" line="118"/>
        <source>Move %n placement(s)</source>
        <translation>移动 %n 个投放</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/timeline/gestures.py" line="167"/>
        <source>Resize placement</source>
        <translation>调整投放时长</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/timeline/gestures.py" line="204"/>
        <source>Change phase dates</source>
        <translation>修改阶段日期</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/timeline/gestures.py" line="231"/>
        <source>Add phase</source>
        <translation>添加阶段</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/timeline/gestures.py" line="232"/>
        <source>New phase</source>
        <translation>新阶段</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../gui/campaign_planner/qt/app.py" line="52"/>
        <source>it is not laid out as a settings file</source>
        <translation>它不是设置文件的格式</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/app.py" line="53"/>
        <source>it is not text</source>
        <translation>它不是文本</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/app.py" line="54"/>
        <source>it is not a regular file</source>
        <translation>它不是普通文件</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/app.py" line="56"/>
        <source>The settings file %1 could not be read (%2); it was set aside as %3 and the default settings are used.</source>
        <translation>无法读取设置文件 %1（%2）；已将其另存为 %3，并使用默认设置。</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/app.py" line="59"/>
        <source>The settings file %1 could not be read (%2); the default settings are used.</source>
        <translation>无法读取设置文件 %1（%2）；将使用默认设置。</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../gui/campaign_planner/qt/dialogs.py" line="15"/>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/dialogs.py" line="16"/>
        <source>Save the changes to “%1” before closing?</source>
        <translation>关闭前保存对“%1”的更改吗？</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/dialogs.py" line="19"/>
        <source>If you don&apos;t save, your changes will be lost.</source>
        <translation>如果不保存，您的更改将会丢失。</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/dialogs.py" line="32"/>
        <source>Open plan</source>
        <translation>打开计划</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/dialogs.py" line="33"/>
        <source>Plans (*.mpplan *.json);;All files (*)</source>
        <translation>计划 (*.mpplan *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/dialogs.py" line="39"/>
        <source>Save plan</source>
        <translation>保存计划</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/dialogs.py" line="40"/>
        <source>Plans (*.mpplan)</source>
        <translation>计划 (*.mpplan)</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/dialogs.py" line="69"/>
        <source>“%1” was moved, renamed or deleted since you opened it. Save it here again, or choose where to save?</source>
        <translation>“%1”在您打开后已被移动、重命名或删除。要在原位置重新保存，还是另选保存位置？</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/dialogs.py" line="73"/>
        <source>“%1” was changed by someone or something else since you opened it. Overwrite those changes, or save under another name?</source>
        <translation>“%1”在您打开后已被他人或其他程序修改。要覆盖这些修改，还是另存为其他名称？</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/dialogs.py" line="76"/>
        <source>File changed on disk</source>
        <translation>磁盘上的文件已更改</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/dialogs.py" line="78"/>
        <source>Overwrite</source>
        <translation>覆盖</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/dialogs.py" line="79"/>
        <source>Save As…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/dialogs.py" line="88"/>
        <source>never saved</source>
        <translation>从未保存</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/dialogs.py" line="89"/>
        <source>The planner stopped while “%1” had unsaved changes.
Last edited: %2
Saved as: %3</source>
        <translation>规划工具意外退出时，“%1”有未保存的更改。
最后编辑：%2
保存位置：%3</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/dialogs.py" line="92"/>
        <source>Restore unsaved changes</source>
        <translation>恢复未保存的更改</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/dialogs.py" line="94"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/dialogs.py" line="95"/>
        <source>Not now</source>
        <translation>稍后再说</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/dialogs.py" line="96"/>
        <source>Discard</source>
        <translation>丢弃</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="25"/>
        <source>Activity heterogeneity (kappa)</source>
        <translation>活跃度异质性 (kappa)</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="26"/>
        <source>7-day retention</source>
        <translation>7 日留存率</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="27"/>
        <source>Segment size</source>
        <translation>人群规模</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="28"/>
        <source>Impressions per unit</source>
        <translation>每单位曝光量</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="29"/>
        <source>Eligible share</source>
        <translation>可见用户占比</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="30"/>
        <source>Click-through rate</source>
        <translation>点击率</translation>
    </message>
</context>
<context>
    <name>levels</name>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="33"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="33"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="15"/>
        <source>{id} on {slot} runs {start}..{end}, outside the plan&apos;s dates {plan_start}..{plan_end}</source>
        <translation>{slot} 上的 {id} 投放于 {start}..{end}，超出计划日期 {plan_start}..{plan_end}</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="16"/>
        <source>{id} on {slot}: no {platform} phase admits the category &apos;{category}&apos;</source>
        <translation>{slot} 上的 {id}：{platform} 没有任何阶段准入类目“{category}”</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="17"/>
        <source>{id} on {slot} starts {start}, before {platform} admits the category &apos;{category}&apos;: first admitted in phase {phase} from {admitted}</source>
        <translation>{slot} 上的 {id} 于 {start} 开始，早于 {platform} 准入类目“{category}”：最早在阶段“{phase}”自 {admitted} 起准入</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="18"/>
        <source>{id} on {slot} requires {flags}, which the mini program does not have</source>
        <translation>{slot} 上的 {id} 需要 {flags}，而小程序不具备</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="19"/>
        <source>{id} on {slot} is cap-bound on {days} day(s): {peak} units a day asked, the slot allows {cap}; the excess is not projected</source>
        <translation>{slot} 上的 {id} 有 {days} 天触及上限：每天要求 {peak} 个单位，入口最多允许 {cap}；超出部分不计入预测</translation>
    </message>
    <message>
        <location filename="../../gui/campaign_planner/qt/texts.py" line="20"/>
        <source>{id} overlaps {other} on {slot} ({start}..{end})</source>
        <translation>{slot} 上的 {id} 与 {other} 重叠（{start}..{end}）</translation>
    </message>
</context>
</TS>
