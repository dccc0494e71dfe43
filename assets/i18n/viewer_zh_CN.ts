<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>MainWindow</name>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>The sections of the document. Press Enter or Tab to read the chosen one.</source>
        <translation>文档的各个部分。按回车键或 Tab 键阅读所选部分。</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Section {0} of {1}: {2}</source>
        <translation>第 {0} 部分，共 {1} 部分：{2}</translation>
    </message>
</context>
<context>
    <name>ReadingPane</name>
    <message>
        <source>Figures in this section</source>
        <translation>本部分数据</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Photo (no image available): </source>
        <translation>图片（无图像）：</translation>
    </message>
</context>
</TS>
