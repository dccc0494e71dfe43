<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Accessibility</name>
    <message>
        <source>Figure</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Photo without an image</source>
        <translation>图片（无图像）</translation>
    </message>
</context>
<context>
    <name>Appearance</name>
    <message>
        <source>Theme: {0}.</source>
        <translation>配色：{0}。</translation>
    </message>
    <message>
        <source>Following the system&apos;s colours: {0}.</source>
        <translation>跟随系统配色：{0}。</translation>
    </message>
    <message>
        <source>Text size {0}%.</source>
        <translation>文字大小 {0}%。</translation>
    </message>
    <message>
        <source>The system&apos;s colours changed: {0}.</source>
        <translation>系统配色已改变：{0}。</translation>
    </message>
</context>
<context>
    <name>AppearanceCommands</name>
    <message>
        <source>Follow the &amp;system</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>Next &amp;theme</source>
        <translation>下一个配色(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Bigger text</source>
        <translation>放大文字(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>缩小文字(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>正常文字大小(&amp;N)</translation>
    </message>
    <message>
        <source>Te&amp;xt and spacing…</source>
        <translation>文字与间距(&amp;X)…</translation>
    </message>
    <message>
        <source>Text settings changed.</source>
        <translation>文字设置已更改。</translation>
    </message>
</context>
<context>
    <name>AudioExport</name>
    <message>
        <source>Save as audio</source>
        <translation>保存为音频</translation>
    </message>
    <message>
        <source>WAV audio (*.wav)</source>
        <translation>WAV 音频 (*.wav)</translation>
    </message>
    <message>
        <source>Saving speech…</source>
        <translation>正在保存朗读音频…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Saved {0}.</source>
        <translation>已保存 {0}。</translation>
    </message>
    <message>
        <source>Saving was cancelled.</source>
        <translation>已取消保存。</translation>
    </message>
    <message>
        <source>The audio could not be saved to {0} ({1}).</source>
        <translation>无法将音频保存到 {0}（{1}）。</translation>
    </message>
    <message>
        <source>The audio could not be saved: {0}</source>
        <translation>无法保存音频：{0}</translation>
    </message>
</context>
<context>
    <name>AudioOutput</name>
    <message>
        <source>No sound output was found. Connect speakers or headphones, or check that the sound system is running, then try again.</source>
        <translation>没有找到声音输出设备。请连接扬声器或耳机，或检查声音系统是否在运行，然后重试。</translation>
    </message>
    <message>
        <source>The sound output cannot play speech audio ({0} Hz).</source>
        <translation>声音输出设备无法播放朗读音频（{0} Hz）。</translation>
    </message>
    <message>
        <source>The sound output stopped with an error. Try again.</source>
        <translation>声音输出出错并已停止。请重试。</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>Empty chart</source>
        <translation>空图表</translation>
    </message>
    <message>
        <source>{0}: {1}, {2} of {3}</source>
        <translation>{0}：{1}，第{2}项，共{3}项</translation>
    </message>
    <message>
        <source>First bar.</source>
        <translation>第一个数据条。</translation>
    </message>
    <message>
        <source>Last bar.</source>
        <translation>最后一个数据条。</translation>
    </message>
</context>
<context>
    <name>CaretKeys</name>
    <message>
        <source>Blank line</source>
        <extracomment>A copy this short is said whole; a longer one by its length.</extracomment>
        <translation>空行</translation>
    </message>
    <message>
        <source>Leaving the list.</source>
        <translation>离开列表。</translation>
    </message>
    <message>
        <source>List, {0} items.</source>
        <translation>列表，{0} 项。</translation>
    </message>
    <message>
        <source>Heading level {0}:</source>
        <translation>{0}级标题：</translation>
    </message>
    <message>
        <source>Figure:</source>
        <translation>数据：</translation>
    </message>
    <message>
        <source>Photo without an image:</source>
        <translation>图片（无图像）：</translation>
    </message>
    <message>
        <source>{0} selected</source>
        <translation>已选定 {0}</translation>
    </message>
    <message>
        <source>{0} unselected</source>
        <translation>取消选定 {0}</translation>
    </message>
    <message>
        <source>space</source>
        <translation>空格</translation>
    </message>
    <message>
        <source>line break</source>
        <translation>换行</translation>
    </message>
    <message>
        <source>Section selected: {0}.</source>
        <translation>已选定本节：{0}。</translation>
    </message>
    <message>
        <source>Nothing is selected.</source>
        <translation>没有选定文字。</translation>
    </message>
    <message>
        <source>Copied: {0}</source>
        <translation>已复制：{0}</translation>
    </message>
    <message>
        <source>Copied {0} characters.</source>
        <translation>已复制 {0} 个字符。</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>F&amp;ind</source>
        <translation>查找(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Read aloud</source>
        <translation>朗读(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Colours</source>
        <translation>配色(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
</context>
<context>
    <name>ContentsTree</name>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>The sections of the document. Press Enter to read the chosen one.</source>
        <translation>文档的各个部分。按回车键阅读所选部分。</translation>
    </message>
    <message>
        <source>Level {0}</source>
        <translation>第{0}级</translation>
    </message>
</context>
<context>
    <name>EngineHost</name>
    <message>
        <source>No Mandarin voice was found. On Debian or Ubuntu install espeak-ng (sudo apt-get install espeak-ng); on Windows add the Chinese (Simplified) speech voice; on macOS add a Chinese voice in the Spoken Content settings.</source>
        <translation>没有找到普通话语音。Debian 或 Ubuntu 请安装 espeak-ng（sudo apt-get install espeak-ng）；Windows 请添加“中文(简体)”语音；macOS 请在“朗读内容”设置中添加中文语音。</translation>
    </message>
    <message>
        <source>Speech could not start. Try again.</source>
        <translation>语音无法启动。请重试。</translation>
    </message>
    <message>
        <source>Speech could not start: {0}</source>
        <translation>语音无法启动：{0}</translation>
    </message>
</context>
<context>
    <name>FigureCommands</name>
    <message>
        <source>All figures and &amp;charts…</source>
        <translation>全部数据和图表(&amp;C)…</translation>
    </message>
    <message>
        <source>Export figures as &amp;CSV…</source>
        <translation>将数据导出为 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>Export figures as CSV</source>
        <translation>将数据导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>已取消导出。</translation>
    </message>
    <message>
        <source>The figures could not be saved: {0}</source>
        <translation>无法保存数据：{0}</translation>
    </message>
    <message>
        <source>Saved {0} figures to {1}.</source>
        <translation>已将 {0} 项数据保存到 {1}。</translation>
    </message>
</context>
<context>
    <name>FiguresDialog</name>
    <message>
        <source>Percentages</source>
        <translation>百分比</translation>
    </message>
    <message>
        <source>Figures in {0}</source>
        <translation>以“{0}”计的数据</translation>
    </message>
    <message>
        <source>{0}: {1} figures, from {2} ({3}) to {4} ({5}).</source>
        <translation>{0}：共 {1} 项，从 {2}（{3}）到 {4}（{5}）。</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>&amp;All figures</source>
        <translation>全部数据(&amp;A)</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>图表(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Export as CSV…</source>
        <translation>导出为 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>Enter goes to the first figure found; Down goes into the list.</source>
        <translation>Enter 转到第一个结果；向下键进入列表。</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <source>Order in the report</source>
        <translation>报告中的顺序</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>章节</translation>
    </message>
    <message>
        <source>What it counts</source>
        <translation>统计内容</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>S&amp;ort by:</source>
        <translation>排序方式(&amp;O)：</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>All figures</source>
        <translation>全部数据</translation>
    </message>
    <message>
        <source>Press Enter to go to the figure in the text.</source>
        <translation>按 Enter 键转到正文中的该数据。</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Cha&amp;rt:</source>
        <translation>图表(&amp;R)：</translation>
    </message>
    <message>
        <source>The chart&apos;s data</source>
        <translation>图表的数据</translation>
    </message>
    <message>
        <source>No figures share a unit, so there is nothing to compare.</source>
        <translation>没有单位相同的数据，无可比较。</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Fin&amp;d:</source>
        <translation>查找(&amp;D)：</translation>
    </message>
    <message>
        <source>Previ&amp;ous</source>
        <translation>上一个(&amp;O)</translation>
    </message>
    <message>
        <source>Shift+F3</source>
        <translation>Shift+F3</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>下一个(&amp;N)</translation>
    </message>
    <message>
        <source>F3</source>
        <translation>F3</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>没有找到</translation>
    </message>
    <message>
        <source>Match {0} of {1}</source>
        <translation>第 {0} 个，共 {1} 个</translation>
    </message>
</context>
<context>
    <name>FindCommands</name>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <source>Find &amp;previous</source>
        <translation>查找上一个(&amp;P)</translation>
    </message>
    <message>
        <source>Go to the current match (in the find bar)</source>
        <translation>转到当前匹配（在查找栏中）</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>回车</translation>
    </message>
    <message>
        <source>Close the find bar or a dialog</source>
        <translation>关闭查找栏或对话框</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Section {0} of {1}: {2} · {3}%</source>
        <translation>第 {0} 部分，共 {1} 部分：{2} · {3}%</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>设置未保存</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>图片</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The file already there is kept as it was.</source>
        <translation>原有的文件保持不变。</translation>
    </message>
</context>
<context>
    <name>NavigationCommands</name>
    <message>
        <source>Next &amp;section</source>
        <translation>下一部分(&amp;S)</translation>
    </message>
    <message>
        <source>Next &amp;heading</source>
        <translation>下一个标题(&amp;H)</translation>
    </message>
    <message>
        <source>Previous headin&amp;g</source>
        <translation>上一个标题(&amp;G)</translation>
    </message>
    <message>
        <source>Next &amp;paragraph</source>
        <translation>下一段(&amp;P)</translation>
    </message>
    <message>
        <source>Previous p&amp;aragraph</source>
        <translation>上一段(&amp;A)</translation>
    </message>
    <message>
        <source>Next &amp;figure</source>
        <translation>下一个数据或图片(&amp;F)</translation>
    </message>
    <message>
        <source>Previous f&amp;igure</source>
        <translation>上一个数据或图片(&amp;I)</translation>
    </message>
    <message>
        <source>Move by sections</source>
        <translation>按部分移动</translation>
    </message>
    <message>
        <source>Move by headings</source>
        <translation>按标题移动</translation>
    </message>
    <message>
        <source>Move by paragraphs</source>
        <translation>按段落移动</translation>
    </message>
    <message>
        <source>Move by figures</source>
        <translation>按数据和图片移动</translation>
    </message>
    <message>
        <source>Next by chosen &amp;unit</source>
        <translation>按所选单位前进(&amp;U)</translation>
    </message>
    <message>
        <source>Previous by chosen u&amp;nit</source>
        <translation>按所选单位后退(&amp;N)</translation>
    </message>
    <message>
        <source>S&amp;tart of the document</source>
        <translation>文档开头(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;End of the document</source>
        <translation>文档末尾(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>后退(&amp;B)</translation>
    </message>
    <message>
        <source>F&amp;orward</source>
        <translation>前进(&amp;O)</translation>
    </message>
    <message>
        <source>Pre&amp;vious section</source>
        <translation>上一部分(&amp;V)</translation>
    </message>
    <message>
        <source>Go to section nu&amp;mber…</source>
        <translation>转到部分编号(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Where am I?</source>
        <translation>我在哪里(&amp;W)？</translation>
    </message>
    <message>
        <source>Read the chosen section (in the contents)</source>
        <translation>阅读所选部分（在目录中）</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>回车</translation>
    </message>
    <message>
        <source>End of the document.</source>
        <translation>已到文档末尾。</translation>
    </message>
    <message>
        <source>Start of the document.</source>
        <translation>已到文档开头。</translation>
    </message>
    <message>
        <source>sections</source>
        <translation>部分</translation>
    </message>
    <message>
        <source>headings</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>paragraphs</source>
        <translation>段落</translation>
    </message>
    <message>
        <source>figures</source>
        <translation>数据和图片</translation>
    </message>
    <message>
        <source>Moving by {0}.</source>
        <translation>按{0}移动。</translation>
    </message>
    <message>
        <source>No earlier place.</source>
        <translation>没有更早的位置。</translation>
    </message>
    <message>
        <source>No later place.</source>
        <translation>没有更晚的位置。</translation>
    </message>
    <message>
        <source>Go to section</source>
        <translation>转到部分</translation>
    </message>
    <message>
        <source>Section number (1 to {0}):</source>
        <translation>部分编号（1 到 {0}）：</translation>
    </message>
    <message>
        <source>list item {0} of {1}</source>
        <translation>列表第 {0} 项，共 {1} 项</translation>
    </message>
    <message>
        <source>figure {0} of {1}</source>
        <translation>第 {0} 个数据，共 {1} 个</translation>
    </message>
    <message>
        <source>paragraph {0} of {1}</source>
        <translation>第 {0} 段，共 {1} 段</translation>
    </message>
    <message>
        <source>heading</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>{0}; {1}; section {2} of {3}; {4}% of the document.</source>
        <translation>{0}；{1}；第 {2} 部分，共 {3} 部分；已读文档的 {4}%。</translation>
    </message>
</context>
<context>
    <name>PageCommands</name>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Select the &amp;section</source>
        <translation>选定本节(&amp;S)</translation>
    </message>
    <message>
        <source>Line &amp;focus: 1, 3, 5 lines or off</source>
        <translation>行聚焦(&amp;F)：1、3、5 行或关闭</translation>
    </message>
    <message>
        <source>Line focus: one line.</source>
        <translation>行聚焦：1 行。</translation>
    </message>
    <message>
        <source>Line focus: {0} lines.</source>
        <translation>行聚焦：{0} 行。</translation>
    </message>
    <message>
        <source>Line focus off.</source>
        <translation>行聚焦已关闭。</translation>
    </message>
    <message>
        <source>Character by character (in the text)</source>
        <translation>逐字（在正文中）</translation>
    </message>
    <message>
        <source>Left, Right</source>
        <translation>左箭头、右箭头</translation>
    </message>
    <message>
        <source>Word by word (in the text)</source>
        <translation>逐词（在正文中）</translation>
    </message>
    <message>
        <source>Ctrl+Left, Ctrl+Right</source>
        <translation>Ctrl+左箭头、Ctrl+右箭头</translation>
    </message>
    <message>
        <source>Line by line (in the text)</source>
        <translation>逐行（在正文中）</translation>
    </message>
    <message>
        <source>Up, Down</source>
        <translation>上箭头、下箭头</translation>
    </message>
    <message>
        <source>Start or end of the line (in the text)</source>
        <translation>行首或行尾（在正文中）</translation>
    </message>
    <message>
        <source>Home, End</source>
        <translation>Home、End</translation>
    </message>
    <message>
        <source>A screenful up or down (in the text)</source>
        <translation>向上或向下一屏（在正文中）</translation>
    </message>
    <message>
        <source>PgUp, PgDown</source>
        <translation>PgUp、PgDown</translation>
    </message>
    <message>
        <source>Select as the caret moves (in the text)</source>
        <translation>随光标移动选定文字（在正文中）</translation>
    </message>
    <message>
        <source>Shift with any of these</source>
        <translation>以上任一键加 Shift</translation>
    </message>
</context>
<context>
    <name>PlayerBar</name>
    <message>
        <source>Read &amp;aloud</source>
        <translation>朗读(&amp;A)</translation>
    </message>
    <message>
        <source>Reads from the place being read (Ctrl+R)</source>
        <translation>从当前位置开始朗读（Ctrl+R）</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Ne&amp;xt sentence</source>
        <translation>下一句(&amp;X)</translation>
    </message>
    <message>
        <source>Volu&amp;me:</source>
        <translation>音量(&amp;M)：</translation>
    </message>
    <message>
        <source>Screen reader running</source>
        <translation>读屏软件正在运行</translation>
    </message>
    <message>
        <source>Alt+Shift+Left</source>
        <translation>Alt+Shift+左方向</translation>
    </message>
    <message>
        <source>Ctrl+Space</source>
        <translation>Ctrl+Space</translation>
    </message>
    <message>
        <source>Previous senten&amp;ce</source>
        <translation>上一句(&amp;C)</translation>
    </message>
    <message>
        <source>Alt+Shift+Right</source>
        <translation>Alt+Shift+右方向</translation>
    </message>
    <message>
        <source>&amp;Speed:</source>
        <translation>语速(&amp;S)：</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>语速</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>继续(&amp;U)</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>音量</translation>
    </message>
    <message>
        <source>High&amp;light:</source>
        <translation>高亮(&amp;L)：</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>高亮</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>句子</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>词语</translation>
    </message>
    <message>
        <source>Sentence and word</source>
        <translation>句子和词语</translation>
    </message>
    <message>
        <source>Preparing speech…</source>
        <translation>正在准备朗读…</translation>
    </message>
    <message>
        <source>Reading aloud</source>
        <translation>正在朗读</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
</context>
<context>
    <name>PrintCommands</name>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Print &amp;section…</source>
        <translation>打印本部分(&amp;S)…</translation>
    </message>
    <message>
        <source>Print the document</source>
        <translation>打印全文</translation>
    </message>
    <message>
        <source>Print the section</source>
        <translation>打印本部分</translation>
    </message>
    <message>
        <source>Printing cancelled.</source>
        <translation>已取消打印。</translation>
    </message>
    <message>
        <source>{0} could not be printed.</source>
        <translation>无法打印“{0}”。</translation>
    </message>
    <message>
        <source>Printed: {0}.</source>
        <translation>已打印：{0}。</translation>
    </message>
</context>
<context>
    <name>PrintedText</name>
    <message>
        <source>Photo (no image available): {0}</source>
        <extracomment>Pure black, whatever the theme: printed text has the most contrast paper gives. Before each list item, as the report itself marks them. A text document is laid out at the screen&apos;s 96 dots an inch, then scaled to the printer.</extracomment>
        <translation>图片（无图像）：{0}</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <source>The voice stopped with an error ({0}). Reading again restarts it.</source>
        <extracomment>How long the engine may take to answer (milliseconds; tests shorten it).</extracomment>
        <translation>语音因错误而停止（{0}）。再次朗读会重新启动语音。</translation>
    </message>
    <message>
        <source>The voice did not answer and was stopped. Try again.</source>
        <translation>语音引擎没有响应，已停止。请重试。</translation>
    </message>
    <message>
        <source>The sound output stopped playing and was reset. Try reading again.</source>
        <extracomment>How long a clip may play beyond its length (milliseconds; tests shorten it).</extracomment>
        <translation>声音输出停止播放，已重置。请再次朗读。</translation>
    </message>
</context>
<context>
    <name>ReadingPane</name>
    <message>
        <source>Photo (no image available)</source>
        <extracomment>A card is this many lines of text wide, or as wide as its number needs.</extracomment>
        <translation>图片（无图像）</translation>
    </message>
</context>
<context>
    <name>Room</name>
    <message>
        <source>Show the c&amp;ontents</source>
        <translation>显示目录(&amp;O)</translation>
    </message>
    <message>
        <source>Contents shown.</source>
        <translation>目录已显示。</translation>
    </message>
    <message>
        <source>Contents hidden.</source>
        <translation>目录已隐藏。</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>The settings file holds entries that are not settings; they are ignored.</source>
        <extracomment>A change is written this long after the last one (milliseconds).</extracomment>
        <translation>设置文件中有无法识别的内容，已忽略。</translation>
    </message>
    <message>
        <source>The settings file could not be read and was kept as {0}; using defaults.</source>
        <translation>无法读取设置文件，已将其保留为 {0}，现使用默认设置。</translation>
    </message>
    <message>
        <source>The settings file could not be read ({0}); using defaults.</source>
        <translation>无法读取设置文件（{0}），现使用默认设置。</translation>
    </message>
    <message>
        <source>The setting {0} was not valid; using its default.</source>
        <translation>设置项 {0} 无效，已使用默认值。</translation>
    </message>
    <message>
        <source>The settings could not be saved to {0} (is the folder writable, is the disk full?). The settings file there is kept as it was.</source>
        <translation>无法将设置保存到 {0}（文件夹是否可写？磁盘是否已满？）。原有的设置文件保持不变。</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Every command and its keys. Use the arrow keys to move through the table.</source>
        <translation>所有命令及其按键。用箭头键在表格中移动。</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
</context>
<context>
    <name>SpeechCommands</name>
    <message>
        <source>Select some text to read first.</source>
        <translation>请先选中要朗读的文字。</translation>
    </message>
    <message>
        <source>Reading aloud stopped.</source>
        <translation>朗读已停止。</translation>
    </message>
    <message>
        <source>&amp;Read from here</source>
        <translation>从这里朗读(&amp;R)</translation>
    </message>
    <message>
        <source>Your pronunciation list was not used: {0}</source>
        <extracomment>A figure said again slowly, or digit by digit, at this part of the speed.</extracomment>
        <translation>未使用您的读音表：{0}</translation>
    </message>
    <message>
        <source>Read this &amp;section</source>
        <translation>朗读本部分(&amp;S)</translation>
    </message>
    <message>
        <source>Read the whole &amp;document</source>
        <translation>朗读全文(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Pause or resume</source>
        <translation>暂停或继续(&amp;P)</translation>
    </message>
    <message>
        <source>S&amp;top reading</source>
        <translation>停止朗读(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Next sentence</source>
        <translation>下一句(&amp;N)</translation>
    </message>
    <message>
        <source>Ne&amp;xt paragraph aloud</source>
        <translation>朗读下一段(&amp;X)</translation>
    </message>
    <message>
        <source>Previous p&amp;aragraph aloud</source>
        <translation>朗读上一段(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Faster</source>
        <translation>加快(&amp;F)</translation>
    </message>
    <message>
        <source>Slo&amp;wer</source>
        <translation>放慢(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Louder</source>
        <translation>音量加大(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Voice…</source>
        <translation>语音(&amp;V)…</translation>
    </message>
    <message>
        <source>Say the fi&amp;gure</source>
        <translation>朗读数据(&amp;G)</translation>
    </message>
    <message>
        <source>Say the figure digit &amp;by digit</source>
        <translation>逐位朗读数据(&amp;B)</translation>
    </message>
    <message>
        <source>Save section as &amp;audio…</source>
        <translation>将本部分保存为音频(&amp;A)…</translation>
    </message>
    <message>
        <source>Save &amp;document as audio…</source>
        <translation>将全文保存为音频(&amp;D)…</translation>
    </message>
    <message>
        <source>Move to a figure first (Ctrl+Shift+Down).</source>
        <translation>请先移到一项数据（Ctrl+Shift+Down）。</translation>
    </message>
    <message>
        <source>Text: {0}&lt;br&gt;&lt;br&gt;Spoken: {1}&lt;br&gt;&lt;br&gt;Pinyin: {2}</source>
        <translation>原文：{0}&lt;br&gt;&lt;br&gt;朗读：{1}&lt;br&gt;&lt;br&gt;拼音：{2}</translation>
    </message>
    <message>
        <source>Player bar shown.</source>
        <translation>已显示朗读控制栏。</translation>
    </message>
    <message>
        <source>Player bar hidden.</source>
        <translation>已隐藏朗读控制栏。</translation>
    </message>
    <message>
        <source>Reading aloud paused.</source>
        <translation>朗读已暂停。</translation>
    </message>
    <message>
        <source>Volume {0}%.</source>
        <translation>音量 {0}%。</translation>
    </message>
    <message>
        <source>Read the select&amp;ion</source>
        <translation>朗读选中的文字(&amp;I)</translation>
    </message>
    <message>
        <source>Previous senten&amp;ce</source>
        <translation>上一句(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quieter</source>
        <translation>音量减小(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Highlight what is read</source>
        <translation>高亮正在朗读的内容(&amp;H)</translation>
    </message>
    <message>
        <source>Show the s&amp;entence as spoken…</source>
        <translation>显示句子的朗读方式(&amp;E)…</translation>
    </message>
    <message>
        <source>Say the figure slowl&amp;y</source>
        <translation>慢速朗读数据(&amp;Y)</translation>
    </message>
    <message>
        <source>Show the p&amp;layer bar</source>
        <translation>显示朗读控制栏(&amp;L)</translation>
    </message>
    <message>
        <source>Speed {0} words a minute.</source>
        <translation>语速：每分钟 {0} 词。</translation>
    </message>
    <message>
        <source>Spoken text</source>
        <translation>朗读方式</translation>
    </message>
</context>
<context>
    <name>TextSettingsDialog</name>
    <message>
        <source>Text and spacing</source>
        <translation>文字与间距</translation>
    </message>
    <message>
        <source>Default ({0})</source>
        <translation>默认（{0}）</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> 个字</translation>
    </message>
    <message>
        <source>As wide as the window</source>
        <translation>与窗口同宽</translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation>字体(&amp;F)：</translation>
    </message>
    <message>
        <source>Text &amp;size:</source>
        <translation>文字大小(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Line height (times the font size):</source>
        <translation>行高（字号的倍数）(&amp;L)：</translation>
    </message>
    <message>
        <source>Longest li&amp;ne (Chinese characters):</source>
        <translation>每行最多字数(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Paragraph spacing (times the font size):</source>
        <translation>段落间距（字号的倍数）(&amp;P)：</translation>
    </message>
    <message>
        <source>L&amp;etter spacing (percent of the font size):</source>
        <translation>字间距（字号的百分比）(&amp;E)：</translation>
    </message>
</context>
<context>
    <name>TwoVoices</name>
    <message>
        <source>A screen reader is running: it and this voice will both speak.</source>
        <extracomment>How long the voice waits after &quot;Reading aloud.&quot; when a screen reader says it. How often the viewer looks again whether a screen reader runs.</extracomment>
        <translation>读屏软件正在运行：它和本朗读声音都会说话。</translation>
    </message>
    <message>
        <source>A screen reader is running: this voice pauses when you press a key. Ctrl+Space resumes.</source>
        <translation>读屏软件正在运行：按任意键时本朗读声音会暂停，按 Ctrl+Space 继续。</translation>
    </message>
    <message>
        <source>When the screen reader speaks, pa&amp;use the voice</source>
        <translation>读屏软件说话时暂停朗读(&amp;U)</translation>
    </message>
    <message>
        <source>When the screen reader speaks, st&amp;op the voice</source>
        <translation>读屏软件说话时停止朗读(&amp;O)</translation>
    </message>
    <message>
        <source>When the screen reader speaks, &amp;keep reading</source>
        <translation>读屏软件说话时继续朗读(&amp;K)</translation>
    </message>
</context>
<context>
    <name>VoiceChoice</name>
    <message>
        <source>Starting the voice…</source>
        <translation>正在启动语音…</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>语音</translation>
    </message>
    <message>
        <source>Voice for reading aloud (the best Mandarin voice comes first):</source>
        <translation>朗读使用的语音（最合适的普通话语音排在最前）：</translation>
    </message>
    <message>
        <source>Voice: {0}.</source>
        <translation>语音：{0}。</translation>
    </message>
</context>
<context>
    <name>WindowCommands</name>
    <message>
        <source>Next &amp;pane</source>
        <extracomment>Every command and key hint of the window, for F1 (set once all are known).</extracomment>
        <translation>下一个窗格(&amp;P)</translation>
    </message>
    <message>
        <source>Previous p&amp;ane</source>
        <translation>上一个窗格(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Move between the contents, text and find bar</source>
        <translation>在目录、正文和查找栏之间移动</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab、Shift+Tab</translation>
    </message>
</context>
</TS>
