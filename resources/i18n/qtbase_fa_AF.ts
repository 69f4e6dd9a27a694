<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_AF">
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Choose</source>
        <translation>انتخاب (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>حذف (&amp;D)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>محل: (&amp;L)</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>محل:</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>فولدر جدید (&amp;N)</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>فولدر جدید</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>باز کردن (&amp;O)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>باز کردن</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>تغییر نام (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>ذخیره (&amp;S)</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>ذخیره به نام دیگر</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>همه فایل‌ها (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>همه فایل‌ها (*)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>عقب</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>جلو</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>رفتن به عقب</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>رفتن به جلو</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>رفتن به فولدر بالاتر</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>فولدر بالاتر</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>نمایش با جزئیات</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>نمایش به شکل فهرست</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>نمایش با جزئیات</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>نمایش فهرستی</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>ساختن فولدر جدید</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>ساختن یک فولدر جدید</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>فولدرها</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>فولدر:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>نام فایل: (&amp;N)</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>نام فایل:</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>فایل‌ها</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>نوع فایل‌ها: (&amp;T)</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>نوع فایل‌ها:</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>فهرست جاها و نشانی‌های نگه‌داشته‌شده</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>نمایش: </translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>نمایش فایل‌های پنهان (&amp;H)</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>نوار کناری</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 از قبل موجود است.
آیا می‌خواهید آن را جایگزین کنید؟</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
فایل پیدا نشد.
لطفاً ببینید که نام فایل درست نوشته شده باشد.</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
فولدر پیدا نشد.
لطفاً ببینید که نام فولدر درست نوشته شده باشد.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>&apos;%1&apos; در برابر نوشتن محافظت شده است.
آیا باز هم می‌خواهید آن را حذف کنید؟</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>آیا مطمئن هستید که &apos;%1&apos; حذف شود؟</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>فولدر حذف نشد.</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>جاهای اخیر</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>کمپیوتر من</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>درایو</translation>
    </message>
    <message>
        <source>File</source>
        <translation>فایل</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>فولدر</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>فولدر</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>فایل %1</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>نامعلوم</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>پیدا کردن فولدر</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>میان‌بر</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>نام دیگر</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>درایو</translation>
    </message>
    <message>
        <source>File</source>
        <translation>فایل</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>فایل %1</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>میان‌بر</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>فولدر</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>اندازه</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>تاریخ تغییر</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>کمپیوتر</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>کمپیوتر من</translation>
    </message>
    <message>
        <source>Invalid filename</source>
        <translation>نام فایل نادرست است</translation>
    </message>
    <message>
        <source>&lt;b&gt;The name &quot;%1&quot; cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source>
        <translation>&lt;b&gt;نام «%1» را نمی‌توان به کار برد.&lt;/b&gt;&lt;p&gt;نام دیگری با حروف کمتر یا بدون علامه‌های نقطه‌گذاری امتحان کنید.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The name &quot;%1&quot; can not be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuations marks.</source>
        <translation>&lt;b&gt;نام «%1» را نمی‌توان به کار برد.&lt;/b&gt;&lt;p&gt;نام دیگری با حروف کمتر یا بدون علامه‌های نقطه‌گذاری امتحان کنید.</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 بایت</translation>
    </message>
    <message>
        <source>%1 byte(s)</source>
        <translation>%1 بایت</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>All other platforms</comment>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>Match OS X Finder</comment>
        <translation>نوع</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>برگرداندن (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>دوباره انجام دادن (&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>بریدن (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>کاپی (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>چسپاندن (&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>انتخاب همه</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>برگرداندن (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>دوباره انجام دادن (&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>بریدن (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>کاپی (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>چسپاندن (&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>انتخاب همه</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>کاپی آدرس لینک (&amp;L)</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>انتخاب همه (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>بالا (&amp;S)</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>پایین (&amp;D)</translation>
    </message>
</context>
<context>
    <name>QDockWidget</name>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>جدا کردن</translation>
    </message>
    <message>
        <source>Closes the dock widget</source>
        <translation>این پنل را می‌بندد</translation>
    </message>
    <message>
        <source>Undocks and re-attaches the dock widget</source>
        <translation>این پنل را جدا می‌کند یا دوباره می‌چسپاند</translation>
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
        <translation>تأیید</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>ذخیرهٔ همه</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>باز کردن</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>بلی (&amp;Y)</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>بلی برای همه (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>نخیر (&amp;N)</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>نخیر برای همه (&amp;O)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>متوقف کردن</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>دوباره کوشش</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>نادیده گرفتن</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>دور انداختن</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>رهنمایی</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>اعمال</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>تنظیم دوباره</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>برگرداندن تنظیمات اصلی</translation>
    </message>
    <message>
        <source>Don&apos;t Save</source>
        <translation>ذخیره نشود</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>بستن بدون ذخیره</translation>
    </message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message>
        <source>OK</source>
        <translation>تأیید</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>نمایش جزئیات...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>پنهان کردن جزئیات...</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>دربارهٔ Qt</translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <source>Enter a value:</source>
        <translation>یک مقدار بنویسید:</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
</context>
<context>
    <name>QScrollBar</name>
    <message>
        <source>Scroll here</source>
        <translation>لغزاندن به اینجا</translation>
    </message>
    <message>
        <source>Left edge</source>
        <translation>کنارهٔ چپ</translation>
    </message>
    <message>
        <source>Right edge</source>
        <translation>کنارهٔ راست</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>بالا</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>پایین</translation>
    </message>
    <message>
        <source>Page left</source>
        <translation>یک صفحه به چپ</translation>
    </message>
    <message>
        <source>Page right</source>
        <translation>یک صفحه به راست</translation>
    </message>
    <message>
        <source>Page up</source>
        <translation>یک صفحه بالا</translation>
    </message>
    <message>
        <source>Page down</source>
        <translation>یک صفحه پایین</translation>
    </message>
    <message>
        <source>Scroll left</source>
        <translation>لغزاندن به چپ</translation>
    </message>
    <message>
        <source>Scroll right</source>
        <translation>لغزاندن به راست</translation>
    </message>
    <message>
        <source>Scroll up</source>
        <translation>لغزاندن به بالا</translation>
    </message>
    <message>
        <source>Scroll down</source>
        <translation>لغزاندن به پایین</translation>
    </message>
</context>
<context>
    <name>QUnicodeControlCharacterMenu</name>
    <message>
        <source>Insert Unicode control character</source>
        <translation>درج حرف کنترلی یونیکود</translation>
    </message>
</context>
</TS>
