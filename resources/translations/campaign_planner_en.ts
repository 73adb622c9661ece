<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CalibrationDialog</name>
    <message numerus="yes">
        <location filename="../../gui/campaign_planner/qt/calibration.py" line="45"/>
        <source>The eligible shares and kappa that make the model&apos;s reach of each delivered slot closest to what “%1” reports (%Ln row(s), each slot&apos;s impressions as exposure). The range is about 80 % sure. A value the numbers do not pin down keeps the plan&apos;s.</source>
        <translation>
            <numerusform>The eligible shares and kappa that make the model&apos;s reach of each delivered slot closest to what “%1” reports (%Ln row, each slot&apos;s impressions as exposure). The range is about 80 % sure. A value the numbers do not pin down keeps the plan&apos;s.</numerusform>
            <numerusform>The eligible shares and kappa that make the model&apos;s reach of each delivered slot closest to what “%1” reports (%Ln rows, each slot&apos;s impressions as exposure). The range is about 80 % sure. A value the numbers do not pin down keeps the plan&apos;s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeliveredImport</name>
    <message numerus="yes">
        <location filename="../../gui/campaign_planner/qt/calibration.py" line="131"/>
        <source>Delivered numbers of %n slot(s) imported from %1</source>
        <translation>
            <numerusform>Delivered numbers of %n slot imported from %1</numerusform>
            <numerusform>Delivered numbers of %n slots imported from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/campaign_planner/qt/calibration.py" line="134"/>
        <source>fitted to delivered numbers (%Ln row(s))</source>
        <translation>
            <numerusform>fitted to delivered numbers (%Ln row)</numerusform>
            <numerusform>fitted to delivered numbers (%Ln rows)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message numerus="yes">
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="981"/>
        <source>%n placement(s) selected</source>
        <translation>
            <numerusform>%n placement selected</numerusform>
            <numerusform>%n placements selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message numerus="yes">
        <location filename="../../gui/campaign_planner/qt/panels/problems.py" line="150"/>
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln error</numerusform>
            <numerusform>%Ln errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/campaign_planner/qt/panels/problems.py" line="151"/>
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln warning</numerusform>
            <numerusform>%Ln warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message numerus="yes">
        <location filename="../../gui/campaign_planner/qt/report.py" line="471"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/campaign_planner/qt/report.py" line="514"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/campaign_planner/qt/report.py" line="515"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/campaign_planner/qt/report.py" line="518"/>
        <source>%n placement(s); the problems are listed on page %1</source>
        <translation>
            <numerusform>%n placement; the problems are listed on page %1</numerusform>
            <numerusform>%n placements; the problems are listed on page %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/campaign_planner/qt/report.py" line="521"/>
        <source>%n placement(s)</source>
        <translation>
            <numerusform>%n placement</numerusform>
            <numerusform>%n placements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/campaign_planner/qt/report.py" line="546"/>
        <source>Each assumption set to its low and to its high value, the others kept: the reach by the end of the plan at each end of the range. The %n with the largest effect:</source>
        <translation>
            <numerusform>Each assumption set to its low and to its high value, the others kept: the reach by the end of the plan at each end of the range. The %n with the largest effect:</numerusform>
            <numerusform>Each assumption set to its low and to its high value, the others kept: the reach by the end of the plan at each end of the range. The %n with the largest effect:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/campaign_planner/qt/report.py" line="652"/>
        <source>… and %n more (the Problems panel lists them all).</source>
        <translation>
            <numerusform>… and %n more (the Problems panel lists them all).</numerusform>
            <numerusform>… and %n more (the Problems panel lists them all).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScenariosPanel</name>
    <message numerus="yes">
        <location filename="../../gui/campaign_planner/qt/panels/scenarios.py" line="345"/>
        <source>%n placement(s)</source>
        <translation>
            <numerusform>%n placement</numerusform>
            <numerusform>%n placements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Suggester</name>
    <message numerus="yes">
        <location filename="../../gui/campaign_planner/qt/suggest.py" line="465"/>
        <source>None of the %Ln booking(s) the rules allow fits a budget of %1. Nothing was added.</source>
        <translation>
            <numerusform>The only booking the rules allow does not fit a budget of %1. Nothing was added.</numerusform>
            <numerusform>None of the %Ln bookings the rules allow fits a budget of %1. Nothing was added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/campaign_planner/qt/suggest.py" line="478"/>
        <source>Suggested %Ln booking(s) costing %1 in “%2”: %3 people reached %4+ times by the last day (%5 before)</source>
        <translation>
            <numerusform>Suggested %Ln booking costing %1 in “%2”: %3 people reached %4+ times by the last day (%5 before)</numerusform>
            <numerusform>Suggested %Ln bookings costing %1 in “%2”: %3 people reached %4+ times by the last day (%5 before)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/campaign_planner/qt/suggest.py" line="481"/>
        <source>Suggested %Ln booking(s) costing %1 in “%2”: %3 people reached by the last day (%5 before)</source>
        <translation>
            <numerusform>Suggested %Ln booking costing %1 in “%2”: %3 people reached by the last day (%5 before)</numerusform>
            <numerusform>Suggested %Ln bookings costing %1 in “%2”: %3 people reached by the last day (%5 before)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message numerus="yes">
        <location filename="../../gui/campaign_planner/qt/timeline/view.py" line="542"/>
        <source>Copied %n placement(s)</source>
        <translation>
            <numerusform>Copied %n placement</numerusform>
            <numerusform>Copied %n placements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>core</name>
    <message numerus="yes">
        <location filename="../../gui/campaign_planner/qt/texts.py" line="440"/>
        <source> (and %n more problem(s))</source>
        <translation>
            <numerusform> (and %n more problem)</numerusform>
            <numerusform> (and %n more problems)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/campaign_planner/qt/texts.py" line="441"/>
        <source>%n damaged entry(ies) in the local store (templates or recent plans) could not be read and were ignored.</source>
        <translation>
            <numerusform>%n damaged entry in the local store (a template or a recent plan) could not be read and was ignored.</numerusform>
            <numerusform>%n damaged entries in the local store (templates or recent plans) could not be read and were ignored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/campaign_planner/qt/texts.py" line="442"/>
        <source>{ids} and %n more</source>
        <translation>
            <numerusform>{ids} and %n more</numerusform>
            <numerusform>{ids} and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/campaign_planner/qt/texts.py" line="443"/>
        <source>Left out (forbidden): {ids} — %n placement(s)</source>
        <translation>
            <numerusform>Left out (forbidden): {ids} — %n placement</numerusform>
            <numerusform>Left out (forbidden): {ids} — %n placements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/campaign_planner/qt/texts.py" line="444"/>
        <source>Counted although the rules forbid them: {ids} — %n placement(s)</source>
        <translation>
            <numerusform>Counted although the rules forbid it: {ids} — %n placement</numerusform>
            <numerusform>Counted although the rules forbid them: {ids} — %n placements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message numerus="yes">
        <location filename="../../gui/campaign_planner/qt/texts.py" line="43"/>
        <source>{id} on {slot} is cap-bound on %n day(s): {peak} units a day asked, the slot allows {cap}; the excess is not projected</source>
        <translation>
            <numerusform>{id} on {slot} is cap-bound on %n day: {peak} units a day asked, the slot allows {cap}; the excess is not projected</numerusform>
            <numerusform>{id} on {slot} is cap-bound on %n days: {peak} units a day asked, the slot allows {cap}; the excess is not projected</numerusform>
        </translation>
    </message>
</context>
</TS>
