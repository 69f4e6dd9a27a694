<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ps">
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Choose</source>
        <translation>ټاکل (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>پاکول (&amp;D)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>پاکول</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>ځای: (&amp;L)</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>ځای:</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>نوی فولډر (&amp;N)</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>نوی فولډر</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>پرانیستل (&amp;O)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>پرانیستل</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>نوم بدلول (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>خوندي کول (&amp;S)</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>په بل نوم خوندي کول</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>ټول فایلونه (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>ټول فایلونه (*)</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>شاته</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>مخکې</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>شاته تلل</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>مخکې تلل</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>پورتني فولډر ته تلل</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>پورتنی فولډر</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>تفصیلي ښودنې ته اوښتل</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>د لېست ښودنې ته اوښتل</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>تفصیلي ښودنه</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>د لېست ښودنه</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>نوی فولډر جوړول</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>یو نوی فولډر جوړول</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>فولډرونه</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>فولډر:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>د فایل نوم: (&amp;N)</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>د فایل نوم:</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>فایلونه</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>د فایلونو ډول: (&amp;T)</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>د فایلونو ډول:</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>د ځایونو او نښه شویو ځایونو لېست</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>ښودل: </translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>پټ فایلونه ښودل (&amp;H)</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>اړخیزه پټه</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 دمخه شته.
ایا غواړئ چې بدل یې کړئ؟</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
فایل ونه موندل شو.
مهرباني وکړئ وګورئ چې د فایل نوم سم لیکل شوی دی.</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
فولډر ونه موندل شو.
مهرباني وکړئ وګورئ چې د فولډر نوم سم لیکل شوی دی.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>&apos;%1&apos; د لیکلو په وړاندې ساتل شوی دی.
ایا بیا هم غواړئ چې پاک یې کړئ؟</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>ایا ډاډه یاست چې &apos;%1&apos; پاک کړئ؟</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>فولډر پاک نه شو.</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>وروستي ځایونه</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>زما کمپیوټر</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>ډرایو</translation>
    </message>
    <message>
        <source>File</source>
        <translation>فایل</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>فولډر</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>فولډر</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>د %1 فایل</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>نامعلوم</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>فولډر موندل</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>لرې کول</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>لنډلاره</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>بل نوم</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>ډرایو</translation>
    </message>
    <message>
        <source>File</source>
        <translation>فایل</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>د %1 فایل</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>لنډلاره</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>فولډر</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>نوم</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>اندازه</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>د بدلون نېټه</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>ډول</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ډول</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>کمپیوټر</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>زما کمپیوټر</translation>
    </message>
    <message>
        <source>Invalid filename</source>
        <translation>د فایل نوم سم نه دی</translation>
    </message>
    <message>
        <source>&lt;b&gt;The name &quot;%1&quot; cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source>
        <translation>&lt;b&gt;«%1» نوم نه شي کارېدلی.&lt;/b&gt;&lt;p&gt;بل نوم وکاروئ چې لږ توري ولري یا د لیکنې نښې پکې نه وي.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The name &quot;%1&quot; can not be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuations marks.</source>
        <translation>&lt;b&gt;«%1» نوم نه شي کارېدلی.&lt;/b&gt;&lt;p&gt;بل نوم وکاروئ چې لږ توري ولري یا د لیکنې نښې پکې نه وي.</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 بایټه</translation>
    </message>
    <message>
        <source>%1 byte(s)</source>
        <translation>%1 بایټه</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>All other platforms</comment>
        <translation>ډول</translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>Match OS X Finder</comment>
        <translation>ډول</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>بېرته کول (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>بیا کول (&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>پرې کول (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>کاپي کول (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>سرېښول (&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>پاکول</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>ټول ټاکل</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>بېرته کول (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>بیا کول (&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>پرې کول (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>کاپي کول (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>سرېښول (&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>پاکول</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>ټول ټاکل</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>د لینک پته کاپي کول (&amp;L)</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>ټول ټاکل (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>پورته (&amp;S)</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>ښکته (&amp;D)</translation>
    </message>
</context>
<context>
    <name>QDockWidget</name>
    <message>
        <source>Close</source>
        <translation>بندول</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>جلا کول</translation>
    </message>
    <message>
        <source>Closes the dock widget</source>
        <translation>دا پټه بندوي</translation>
    </message>
    <message>
        <source>Undocks and re-attaches the dock widget</source>
        <translation>دا پټه جلا کوي یا بېرته نښلوي</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <comment>Translate this string to the string &apos;LTR&apos; in left-to-right languages or to &apos;RTL&apos; in right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.</comment>
        <translation>RTL</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>سمه ده</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>خوندي کول</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>ټول خوندي کول</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>پرانیستل</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>هو (&amp;Y)</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>ټولو ته هو (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>نه (&amp;N)</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>ټولو ته نه (&amp;O)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>ودرول</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>بیا هڅه</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>پروا نه کول</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بندول</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغوه</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>پرېښودل</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>مرسته</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>پلي کول</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>بیا تنظیمول</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>اصلي تنظیمات بېرته راوستل</translation>
    </message>
    <message>
        <source>Don&apos;t Save</source>
        <translation>مه خوندي کوئ</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>بې خوندي کولو بندول</translation>
    </message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message>
        <source>OK</source>
        <translation>سمه ده</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>تفصیلات ښودل...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>تفصیلات پټول...</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>د Qt په اړه</translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <source>Enter a value:</source>
        <translation>یو ارزښت ولیکئ:</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>لغوه</translation>
    </message>
</context>
<context>
    <name>QScrollBar</name>
    <message>
        <source>Scroll here</source>
        <translation>دلته ښویول</translation>
    </message>
    <message>
        <source>Left edge</source>
        <translation>کیڼه څنډه</translation>
    </message>
    <message>
        <source>Right edge</source>
        <translation>ښۍ څنډه</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>سر</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>تل</translation>
    </message>
    <message>
        <source>Page left</source>
        <translation>یو مخ کیڼ لور ته</translation>
    </message>
    <message>
        <source>Page right</source>
        <translation>یو مخ ښي لور ته</translation>
    </message>
    <message>
        <source>Page up</source>
        <translation>یو مخ پورته</translation>
    </message>
    <message>
        <source>Page down</source>
        <translation>یو مخ ښکته</translation>
    </message>
    <message>
        <source>Scroll left</source>
        <translation>کیڼ لور ته ښویول</translation>
    </message>
    <message>
        <source>Scroll right</source>
        <translation>ښي لور ته ښویول</translation>
    </message>
    <message>
        <source>Scroll up</source>
        <translation>پورته ښویول</translation>
    </message>
    <message>
        <source>Scroll down</source>
        <translation>ښکته ښویول</translation>
    </message>
</context>
<context>
    <name>QUnicodeControlCharacterMenu</name>
    <message>
        <source>Insert Unicode control character</source>
        <translation>د یونیکوډ کنټرولي توری ننه ایستل</translation>
    </message>
</context>
<context>
    <name>QShortcut</name>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Alt</source>
        <translation>Alt</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation>Backspace</translation>
    </message>
    <message>
        <source>Backtab</source>
        <translation>Backtab</translation>
    </message>
    <message>
        <source>Ctrl</source>
        <translation>Ctrl</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Escape</translation>
    </message>
    <message>
        <source>F%1</source>
        <translation>F%1</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Ins</source>
        <translation>Ins</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Insert</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Meta</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Num</source>
        <translation>Num</translation>
    </message>
    <message>
        <source>PgDown</source>
        <translation>PgDown</translation>
    </message>
    <message>
        <source>PgUp</source>
        <translation>PgUp</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Right</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>SysReq</source>
        <translation>SysReq</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Up</translation>
    </message>
</context>
</TS>
