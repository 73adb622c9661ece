<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Inspector</name>
    <message numerus="yes">
        <location filename="../../gui/campaign_planner/qt/panels/inspector.py" line="400"/>
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
        <location filename="../../gui/campaign_planner/qt/panels/problems.py" line="148"/>
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln error</numerusform>
            <numerusform>%Ln errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/campaign_planner/qt/panels/problems.py" line="149"/>
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln warning</numerusform>
            <numerusform>%Ln warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message numerus="yes">
        <location filename="../../gui/campaign_planner/qt/timeline/view.py" line="521"/>
        <source>Delete %n placement(s)</source>
        <translation>
            <numerusform>Delete %n placement</numerusform>
            <numerusform>Delete %n placements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/campaign_planner/qt/timeline/view.py" line="527"/>
        <source>Copied %n placement(s)</source>
        <translation>
            <numerusform>Copied %n placement</numerusform>
            <numerusform>Copied %n placements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/campaign_planner/qt/timeline/view.py" line="533"/>
        <source>Paste %n placement(s)</source>
        <translation>
            <numerusform>Paste %n placement</numerusform>
            <numerusform>Paste %n placements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>core</name>
    <message numerus="yes">
        <location filename="../../gui/campaign_planner/qt/texts.py" line="348"/>
        <source> (and %n more problem(s))</source>
        <translation>
            <numerusform> (and %n more problem)</numerusform>
            <numerusform> (and %n more problems)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/campaign_planner/qt/texts.py" line="349"/>
        <source>%n damaged entry(ies) in the local store (templates or recent plans) could not be read and were ignored.</source>
        <translation>
            <numerusform>%n damaged entry in the local store (a template or a recent plan) could not be read and was ignored.</numerusform>
            <numerusform>%n damaged entries in the local store (templates or recent plans) could not be read and were ignored.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message numerus="yes">
        <location filename="../../gui/campaign_planner/qt/texts.py" line="42"/>
        <source>{id} on {slot} is cap-bound on %n day(s): {peak} units a day asked, the slot allows {cap}; the excess is not projected</source>
        <translation>
            <numerusform>{id} on {slot} is cap-bound on %n day: {peak} units a day asked, the slot allows {cap}; the excess is not projected</numerusform>
            <numerusform>{id} on {slot} is cap-bound on %n days: {peak} units a day asked, the slot allows {cap}; the excess is not projected</numerusform>
        </translation>
    </message>
</context>
</TS>
