<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_AF">
<context>
    <name>About</name>
    <message>
        <location filename="../../desktop/ui/about.py" line="14"/>
        <source>&lt;h3&gt;Searching&lt;/h3&gt;
&lt;p&gt;All words must match. &lt;b&gt;&quot;a phrase&quot;&lt;/b&gt;, &lt;b&gt;OR&lt;/b&gt;, &lt;b&gt;NOT&lt;/b&gt; or &lt;b&gt;-word&lt;/b&gt;, (groups).&lt;/p&gt;
&lt;p&gt;Names match in every spelling and script: &lt;i&gt;Mohammad&lt;/i&gt; finds Muhammad, Mohammed, محمد.&lt;/p&gt;
&lt;p&gt;Fields: &lt;b&gt;case:&lt;/b&gt;AFG-2024-00137 &lt;b&gt;type:&lt;/b&gt;form &lt;b&gt;tag:&lt;/b&gt;urgent
&lt;b&gt;name:&lt;/b&gt;&quot;Qasim Ahmadzai&quot; &lt;b&gt;passport:&lt;/b&gt; &lt;b&gt;anumber:&lt;/b&gt; &lt;b&gt;from:&lt;/b&gt; &lt;b&gt;lang:&lt;/b&gt;dari
&lt;b&gt;date:&lt;/b&gt;2023-10..2023-12 &lt;b&gt;added:&lt;/b&gt;today, and form fields by name:
&lt;b&gt;familyname:&lt;/b&gt;Ahmadzai.&lt;/p&gt;
&lt;p&gt;Wildcards &lt;b&gt;Ahmad*&lt;/b&gt; (two letters first), fuzzy &lt;b&gt;Qasim~&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;جستجو&lt;/h3&gt;
&lt;p&gt;همهٔ کلمه‌ها باید پیدا شوند. &lt;b&gt;&quot;یک عبارت&quot;&lt;/b&gt;، &lt;b&gt;OR&lt;/b&gt; (یا)، &lt;b&gt;NOT&lt;/b&gt; (نه) یا &lt;b&gt;-کلمه&lt;/b&gt;، (گروه‌ها).&lt;/p&gt;
&lt;p&gt;نام‌ها به هر املا و خطی پیدا می‌شوند: &lt;i&gt;Mohammad&lt;/i&gt; نام‌های Muhammad، Mohammed و محمد را هم پیدا می‌کند.&lt;/p&gt;
&lt;p&gt;بخش‌ها (به انگلیسی نوشته شوند): &lt;b&gt;case:&lt;/b&gt;AFG-2024-00137 &lt;b&gt;type:&lt;/b&gt;form &lt;b&gt;tag:&lt;/b&gt;urgent
&lt;b&gt;name:&lt;/b&gt;&quot;Qasim Ahmadzai&quot; &lt;b&gt;passport:&lt;/b&gt; &lt;b&gt;anumber:&lt;/b&gt; &lt;b&gt;from:&lt;/b&gt; &lt;b&gt;lang:&lt;/b&gt;dari
&lt;b&gt;date:&lt;/b&gt;2023-10..2023-12 &lt;b&gt;added:&lt;/b&gt;today، و بخش‌های فورمه به نام آن‌ها:
&lt;b&gt;familyname:&lt;/b&gt;Ahmadzai.&lt;/p&gt;
&lt;p&gt;نشانهٔ جانشین &lt;b&gt;Ahmad*&lt;/b&gt; (اول دو حرف)، جستجوی نزدیک &lt;b&gt;Qasim~&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about.py" line="34"/>
        <source>not installed</source>
        <translation>نصب نشده</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about.py" line="43"/>
        <source>About CaseDesk</source>
        <translation>دربارهٔ CaseDesk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about.py" line="44"/>
        <source>&lt;h3&gt;CaseDesk&lt;/h3&gt;&lt;p&gt;Documents and knowledge for legal-aid casework. Everything stays on this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CaseDesk&lt;/h3&gt;&lt;p&gt;اسناد و معلومات برای کار دوسیه‌های کمک حقوقی. همه چیز در همین کمپیوتر می‌ماند.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about.py" line="56"/>
        <source>Search help</source>
        <translation>رهنمای جستجو</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop/ui/app.py" line="167"/>
        <source>There is no CaseDesk archive in {root}. Choose the folder that holds {catalog} (the archive folder itself, not one inside it).</source>
        <translation>در {root} آرشیف CaseDesk نیست. فولدری را انتخاب کنید که {catalog} در آن است (خود فولدر آرشیف، نه فولدری در داخل آن).</translation>
    </message>
</context>
<context>
    <name>BackupView</name>
    <message>
        <location filename="../../desktop/ui/backup_view.py" line="42"/>
        <source>Without a password, anyone who holds the backup can read every document in it. Type a password twice to encrypt it (keep the password apart from the backup).</source>
        <translation>بدون رمز، هر کسی که نسخهٔ احتیاطی را داشته باشد همه اسناد آن را خوانده می‌تواند. برای رمزگذاری آن یک رمز را دو بار بنویسید (رمز را جدا از نسخهٔ احتیاطی نگه دارید).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_view.py" line="50"/>
        <source>full backup</source>
        <translation>نسخهٔ احتیاطی کامل</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_view.py" line="51"/>
        <source>only what is new</source>
        <translation>فقط چیزهای نو</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_view.py" line="64"/>
        <source>Back up the archive</source>
        <translation>گرفتن نسخهٔ احتیاطی از آرشیف</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_view.py" line="75"/>
        <source>A file (…/office.cdbak) or a folder for backups</source>
        <translation>یک فایل (⁦…/office.cdbak⁩) یا یک فولدر برای نسخه‌های احتیاطی</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_view.py" line="77"/>
        <source>&amp;File…</source>
        <translation>فایل… (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_view.py" line="78"/>
        <source>F&amp;older…</source>
        <translation>فولدر… (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_view.py" line="89"/>
        <source>Back up to:</source>
        <translation>نسخهٔ احتیاطی در:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_view.py" line="90"/>
        <source>Password:</source>
        <translation>رمز:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_view.py" line="91"/>
        <source>Password again:</source>
        <translation>رمز، دوباره:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_view.py" line="100"/>
        <source>&amp;Back up</source>
        <translation>گرفتن نسخهٔ احتیاطی (&amp;B)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_view.py" line="103"/>
        <source>&amp;Cancel</source>
        <translation>لغو (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_view.py" line="120"/>
        <source>Back up to a file</source>
        <translation>نسخهٔ احتیاطی در یک فایل</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_view.py" line="122"/>
        <source>CaseDesk backups (*.cdbak)</source>
        <translation>نسخه‌های احتیاطی CaseDesk (*.cdbak)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_view.py" line="129"/>
        <source>Back up into a folder</source>
        <translation>نسخهٔ احتیاطی در یک فولدر</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_view.py" line="139"/>
        <source>Choose where to back up to: a file or a folder.</source>
        <translation>انتخاب کنید نسخهٔ احتیاطی کجا گرفته شود: یک فایل یا یک فولدر.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_view.py" line="144"/>
        <source>The two passwords differ: type the same password twice.</source>
        <translation>دو رمز فرق دارند: یک رمز را دو بار بنویسید.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_view.py" line="159"/>
        <source>Backing up…</source>
        <translation>در حال گرفتن نسخهٔ احتیاطی…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_view.py" line="167"/>
        <source>Writing: {done} of {total} MB</source>
        <translation>در حال نوشتن: {done} از {total} MB</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_view.py" line="169"/>
        <source>Reading it back to check it: {done} of {total} MB</source>
        <translation>خواندن دوباره برای بررسی: {done} از {total} MB</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_view.py" line="187"/>
        <source>The backup could not be made because of an unexpected error.</source>
        <translation>نسخهٔ احتیاطی به دلیل یک خطای غیرمنتظره گرفته نشد.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_view.py" line="203"/>
        <source>Stopping…</source>
        <translation>در حال توقف…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_view.py" line="211"/>
        <source>Backed up to {path} ({kind}, {files} file(s), {size} MB, encrypted); read back and checked.</source>
        <translation>نسخهٔ احتیاطی در {path} گرفته شد ({kind}، {files} فایل، {size} MB، رمزگذاری شده)؛ دوباره خوانده و بررسی شد.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_view.py" line="217"/>
        <source>Backed up to {path} ({kind}, {files} file(s), {size} MB, not encrypted); read back and checked.</source>
        <translation>نسخهٔ احتیاطی در {path} گرفته شد ({kind}، {files} فایل، {size} MB، بدون رمزگذاری)؛ دوباره خوانده و بررسی شد.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_view.py" line="248"/>
        <source>Never backed up — File ▸ Back up…</source>
        <translation>هرگز نسخهٔ احتیاطی گرفته نشده — فایل ▸ نسخهٔ احتیاطی…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_view.py" line="252"/>
        <source>Last backup {days} days ago — File ▸ Back up…</source>
        <translation>آخرین نسخهٔ احتیاطی {days} روز پیش — فایل ▸ نسخهٔ احتیاطی…</translation>
    </message>
</context>
<context>
    <name>CaseChoices</name>
    <message>
        <location filename="../../desktop/ui/case_words.py" line="22"/>
        <source>resettlement referral</source>
        <translation>ارجاع برای اسکان مجدد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_words.py" line="23"/>
        <source>P-1</source>
        <translation>P-1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_words.py" line="24"/>
        <source>P-2</source>
        <translation>P-2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_words.py" line="25"/>
        <source>SIV</source>
        <translation>ویزهٔ مهاجرت ویژه (SIV)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_words.py" line="26"/>
        <source>family reunification</source>
        <translation>پیوستن به خانواده</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_words.py" line="27"/>
        <source>humanitarian parole</source>
        <translation>اجازهٔ ورود بشردوستانه</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_words.py" line="28"/>
        <source>other</source>
        <translation>دیگر</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_words.py" line="29"/>
        <source>journalist</source>
        <translation>ژورنالیست</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_words.py" line="30"/>
        <source>artist or musician</source>
        <translation>هنرمند یا موسیقی‌دان</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_words.py" line="31"/>
        <source>women&apos;s rights defender</source>
        <translation>مدافع حقوق زنان</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_words.py" line="32"/>
        <source>former employee of a US-funded programme</source>
        <translation>کارمند سابق برنامهٔ تمویل‌شده توسط امریکا</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_words.py" line="33"/>
        <source>human rights defender</source>
        <translation>مدافع حقوق بشر</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_words.py" line="34"/>
        <source>religious or ethnic minority</source>
        <translation>اقلیت مذهبی یا قومی</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_words.py" line="35"/>
        <source>LGBTQI+</source>
        <translation>دگرباش جنسی (LGBTQI+)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_words.py" line="36"/>
        <source>medical</source>
        <translation>صحی</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_words.py" line="37"/>
        <source>unaccompanied child</source>
        <translation>طفل بی‌سرپرست</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_words.py" line="38"/>
        <source>emergency</source>
        <translation>عاجل</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_words.py" line="39"/>
        <source>urgent</source>
        <translation>فوری</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_words.py" line="40"/>
        <source>normal</source>
        <translation>عادی</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_words.py" line="41"/>
        <source>open</source>
        <translation>باز</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_words.py" line="42"/>
        <source>referred</source>
        <translation>ارجاع‌شده</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_words.py" line="43"/>
        <source>waiting</source>
        <translation>در انتظار</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_words.py" line="44"/>
        <source>closed</source>
        <translation>بسته</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_words.py" line="45"/>
        <source>principal</source>
        <translation>متقاضی اصلی</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_words.py" line="46"/>
        <source>spouse</source>
        <translation>همسر</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_words.py" line="47"/>
        <source>child</source>
        <translation>فرزند</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_words.py" line="48"/>
        <source>parent</source>
        <translation>والد/والده</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_words.py" line="49"/>
        <source>sibling</source>
        <translation>برادر/خواهر</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_words.py" line="50"/>
        <source>visa expiry</source>
        <translation>ختم ویزه</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_words.py" line="51"/>
        <source>passport expiry</source>
        <translation>ختم پاسپورت</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_words.py" line="52"/>
        <source>permit expiry</source>
        <translation>ختم اجازه‌نامه</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_words.py" line="53"/>
        <source>exit deadline</source>
        <translation>مهلت خروج</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_words.py" line="54"/>
        <source>interview</source>
        <translation>مصاحبه</translation>
    </message>
</context>
<context>
    <name>CaseColumns</name>
    <message>
        <location filename="../../desktop/ui/case_column_words.py" line="18"/>
        <source>case_id</source>
        <translation>نمبر دوسیه</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_column_words.py" line="19"/>
        <source>name</source>
        <translation>نام (به حروف لاتین)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_column_words.py" line="20"/>
        <source>name_native</source>
        <translation>نام به خط اصلی</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_column_words.py" line="21"/>
        <source>relationship</source>
        <translation>نسبت</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_column_words.py" line="22"/>
        <source>birth_date</source>
        <translation>تاریخ تولد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_column_words.py" line="23"/>
        <source>nationality</source>
        <translation>تابعیت</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_column_words.py" line="24"/>
        <source>tazkira</source>
        <translation>تذکره</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_column_words.py" line="25"/>
        <source>passport</source>
        <translation>پاسپورت</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_column_words.py" line="26"/>
        <source>a_number</source>
        <translation>A-number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_column_words.py" line="27"/>
        <source>location</source>
        <translation>محل سکونت</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_column_words.py" line="28"/>
        <source>pathway</source>
        <translation>مسیر</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_column_words.py" line="29"/>
        <source>needs</source>
        <translation>ضرورت‌های حمایتی</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_column_words.py" line="30"/>
        <source>priority</source>
        <translation>اولویت</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_column_words.py" line="31"/>
        <source>status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_column_words.py" line="32"/>
        <source>volunteer</source>
        <translation>رضاکار</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_column_words.py" line="33"/>
        <source>deadlines</source>
        <translation>مهلت‌ها</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_column_words.py" line="34"/>
        <source>confidential</source>
        <translation>بخش‌های محرم</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_column_words.py" line="35"/>
        <source>note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_column_words.py" line="36"/>
        <source>confidential_note</source>
        <translation>یادداشت محرم</translation>
    </message>
</context>
<context>
    <name>CaseDocuments</name>
    <message>
        <location filename="../../desktop/ui/case_documents.py" line="31"/>
        <source>Id</source>
        <translation>شماره</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_documents.py" line="32"/>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_documents.py" line="33"/>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_documents.py" line="34"/>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_documents.py" line="35"/>
        <source>Linked</source>
        <translation>وصل شده</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_documents.py" line="37"/>
        <source>auto (its text names the case)</source>
        <translation>خودکار (متن آن نام دوسیه را دارد)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_documents.py" line="38"/>
        <source>linked by hand</source>
        <translation>دستی وصل شده</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_documents.py" line="62"/>
        <source>The document&apos;s id, as its details show it</source>
        <translation>شمارهٔ سند، همان‌طور که در جزئیات آن دیده می‌شود</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_documents.py" line="64"/>
        <source>&amp;Link document</source>
        <translation>وصل کردن سند (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_documents.py" line="65"/>
        <source>&amp;Unlink</source>
        <translation>جدا کردن (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_documents.py" line="72"/>
        <source>Document id:</source>
        <translation>شمارهٔ سند:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_documents.py" line="79"/>
        <source>&lt;b&gt;Documents of this case&lt;/b&gt;</source>
        <translation>&lt;b&gt;اسناد این دوسیه&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <location filename="../../desktop/ui/case_editor.py" line="56"/>
        <source>e.g. AFG-2024-00137</source>
        <translation>مثلاً AFG-2024-00137</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_editor.py" line="59"/>
        <source>tazkira numbers</source>
        <translation>نمبرهای تذکره</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_editor.py" line="60"/>
        <source>passport numbers</source>
        <translation>نمبرهای پاسپورت</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_editor.py" line="61"/>
        <source>A-numbers</source>
        <translation>نمبرهای A-number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_editor.py" line="62"/>
        <source>dates of birth</source>
        <translation>تاریخ‌های تولد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_editor.py" line="63"/>
        <source>current location</source>
        <translation>محل فعلی</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_editor.py" line="64"/>
        <source>case notes</source>
        <translation>یادداشت‌های دوسیه</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_editor.py" line="107"/>
        <source>&amp;Case</source>
        <translation>دوسیه (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_editor.py" line="123"/>
        <source>What is ticked stays out of letters unless it is chosen there.</source>
        <translation>آنچه نشانی شده در مکتوب‌ها نمی‌آید، مگر آن‌که در آن‌جا انتخاب شود.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_editor.py" line="132"/>
        <source>Case &amp;number</source>
        <translation>نمبر دوسیه (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_editor.py" line="133"/>
        <source>Pat&amp;hway</source>
        <translation>مسیر (&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_editor.py" line="134"/>
        <source>P&amp;riority</source>
        <translation>اولویت (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_editor.py" line="135"/>
        <source>&amp;Status</source>
        <translation>وضعیت (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_editor.py" line="136"/>
        <source>&amp;Location</source>
        <translation>محل (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_editor.py" line="137"/>
        <source>&amp;Volunteer</source>
        <translation>رضاکار (&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_editor.py" line="138"/>
        <source>Protection &amp;needs</source>
        <translation>ضرورت‌های حمایتی (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_editor.py" line="139"/>
        <source>Confidential</source>
        <translation>محرم</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_editor.py" line="156"/>
        <source>&amp;People</source>
        <translation>اشخاص (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_editor.py" line="157"/>
        <source>&amp;Deadlines</source>
        <translation>مهلت‌ها (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_editor.py" line="160"/>
        <source>N&amp;otes</source>
        <translation>یادداشت‌ها (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_editor.py" line="230"/>
        <source>The case was not saved:</source>
        <translation>دوسیه ذخیره نشد:</translation>
    </message>
</context>
<context>
    <name>CaseImportView</name>
    <message>
        <location filename="../../desktop/ui/case_import_view.py" line="45"/>
        <source>Row</source>
        <translation>سطر</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_import_view.py" line="46"/>
        <source>Column</source>
        <translation>ستون</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_import_view.py" line="47"/>
        <source>Value</source>
        <translation>مقدار</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_import_view.py" line="48"/>
        <source>Why it was refused</source>
        <translation>چرا رد شد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_import_view.py" line="65"/>
        <source>Import cases — {name}</source>
        <translation>وارد کردن دوسیه‌ها — {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_import_view.py" line="80"/>
        <source>Reading {name}…</source>
        <translation>در حال خواندن {name}…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_import_view.py" line="91"/>
        <source>&amp;Leave out the cases with refused rows and import the rest</source>
        <translation>دوسیه‌های دارای سطرهای ردشده کنار گذاشته شوند و باقی وارد شوند (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_import_view.py" line="101"/>
        <source>&amp;Import</source>
        <translation>وارد کردن (&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_import_view.py" line="142"/>
        <source>This archive is open read-only here: cases cannot be added.</source>
        <translation>این آرشیف این‌جا فقط برای خواندن باز است: دوسیه اضافه شده نمی‌تواند.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_import_view.py" line="160"/>
        <source>Imported {cases} case(s) from {name}.</source>
        <translation>{cases} دوسیه از {name} وارد شد.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_import_view.py" line="176"/>
        <source>The cases could not be imported because of an unexpected error.</source>
        <translation>دوسیه‌ها به دلیل یک خطای غیرمنتظره وارد نشدند.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_import_view.py" line="186"/>
        <source>{rows} row(s): {cases} case(s) with {people} person(s) ready to import.</source>
        <translation>{rows} سطر: {cases} دوسیه با {people} شخص برای وارد کردن آماده است.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_import_view.py" line="194"/>
        <source>{rows} row(s) refused; as it is, nothing will be imported.</source>
        <translation>{rows} سطر رد شد؛ به این حالت، هیچ چیزی وارد نمی‌شود.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_import_view.py" line="200"/>
        <source>Columns not read: {columns}.</source>
        <translation>ستون‌های ناخوانده: {columns}.</translation>
    </message>
</context>
<context>
    <name>CaseList</name>
    <message>
        <location filename="../../desktop/ui/case_list.py" line="28"/>
        <source>Case</source>
        <translation>دوسیه</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_list.py" line="29"/>
        <source>Principal applicant</source>
        <translation>متقاضی اصلی</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_list.py" line="30"/>
        <source>Pathway</source>
        <translation>مسیر</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_list.py" line="31"/>
        <source>Priority</source>
        <translation>اولویت</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_list.py" line="32"/>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_list.py" line="33"/>
        <source>Next deadline</source>
        <translation>مهلت بعدی</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_list.py" line="62"/>
        <source>{date} {kind} — passed</source>
        <translation>{date} {kind} — گذشته</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_list.py" line="71"/>
        <source>today</source>
        <translation>امروز</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_list.py" line="73"/>
        <source>in 1 day</source>
        <translation>تا 1 روز دیگر</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_list.py" line="75"/>
        <source>in {days} days</source>
        <translation>تا {days} روز دیگر</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_list.py" line="78"/>
        <source>{date} {kind} ({when})</source>
        <translation>{date} {kind} ({when})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_list.py" line="90"/>
        <source>(no people recorded yet)</source>
        <translation>(هنوز کسی ثبت نشده)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_list.py" line="102"/>
        <source>Cases</source>
        <translation>دوسیه‌ها</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_list.py" line="153"/>
        <source>Due within {SOON_DAYS} days.
{tooltip}</source>
        <translation>مهلت در {SOON_DAYS} روز آینده.
{tooltip}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_list.py" line="160"/>
        <source>Every deadline of this case has passed.
{tooltip}</source>
        <translation>همهٔ مهلت‌های این دوسیه گذشته است.
{tooltip}</translation>
    </message>
</context>
<context>
    <name>CaseParts</name>
    <message>
        <location filename="../../desktop/ui/case_parts.py" line="58"/>
        <source>A full date (1990-05-12), a month (1990-05), a year (1990), about a year (about 1985), or Solar Hijri (1369-02-22, 1369)</source>
        <translation>تاریخ کامل (1990-05-12)، ماه (1990-05)، سال (1990)، تقریبی (about 1985)، یا هجری شمسی (1369-02-22، 1369)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_parts.py" line="63"/>
        <source>A day: 2025-03-01, or Solar Hijri (1403-12-11 or 11 Hut 1403)</source>
        <translation>یک روز: 2025-03-01، یا هجری شمسی (1403-12-11 یا 11 حوت 1403)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_parts.py" line="76"/>
        <source>Not a date yet. {hint}.</source>
        <translation>هنوز تاریخ درست نیست. {hint}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_parts.py" line="91"/>
        <source>Not a day yet. {hint}.</source>
        <translation>هنوز روز درست نیست. {hint}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_parts.py" line="98"/>
        <source>Name (Latin script)</source>
        <translation>نام (به خط لاتین)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_parts.py" line="101"/>
        <source>Name (Arabic script)</source>
        <translation>نام (به خط فارسی)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_parts.py" line="105"/>
        <source>Relationship</source>
        <translation>نسبت</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_parts.py" line="108"/>
        <source>Born</source>
        <translation>تولد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_parts.py" line="113"/>
        <source>Nationality</source>
        <translation>تابعیت</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_parts.py" line="114"/>
        <source>Tazkira</source>
        <translation>تذکره</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_parts.py" line="115"/>
        <source>Passport</source>
        <translation>پاسپورت</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_parts.py" line="116"/>
        <source>A-number</source>
        <translation>A-number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_parts.py" line="119"/>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_parts.py" line="122"/>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_parts.py" line="127"/>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_parts.py" line="133"/>
        <source>Add person</source>
        <translation>افزودن شخص</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_parts.py" line="134"/>
        <source>Remove person</source>
        <translation>حذف شخص</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_parts.py" line="137"/>
        <source>Add deadline</source>
        <translation>افزودن مهلت</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_parts.py" line="138"/>
        <source>Remove deadline</source>
        <translation>حذف مهلت</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_parts.py" line="311"/>
        <source>Select a note, or choose Add note</source>
        <translation>یک یادداشت را انتخاب کنید، یا «افزودن یادداشت» را بزنید</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_parts.py" line="314"/>
        <location filename="../../desktop/ui/case_parts.py" line="415"/>
        <source>Confidential: kept out of letters unless chosen</source>
        <translation>محرم: در مکتوب‌ها نمی‌آید، مگر آن‌که انتخاب شود</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_parts.py" line="316"/>
        <source>Add note</source>
        <translation>افزودن یادداشت</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_parts.py" line="317"/>
        <source>Remove note</source>
        <translation>حذف یادداشت</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_parts.py" line="409"/>
        <source>(empty note)</source>
        <translation>(یادداشت خالی)</translation>
    </message>
</context>
<context>
    <name>CaseSuggestions</name>
    <message>
        <location filename="../../desktop/ui/case_suggestions.py" line="34"/>
        <source>&amp;Add deadline</source>
        <translation>افزودن مهلت (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_suggestions.py" line="37"/>
        <source>Not no&amp;w</source>
        <translation>حالا نه (&amp;W)</translation>
    </message>
</context>
<context>
    <name>CaseWork</name>
    <message>
        <location filename="../../desktop/ui/case_work.py" line="39"/>
        <source>Cases</source>
        <translation>دوسیه‌ها</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_work.py" line="53"/>
        <source>&amp;Cases</source>
        <translation>دوسیه‌ها (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_work.py" line="58"/>
        <source>&amp;New case…</source>
        <translation>دوسیهٔ جدید… (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_work.py" line="62"/>
        <source>&amp;Draft for this case…</source>
        <translation>مسوده برای این دوسیه… (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_work.py" line="66"/>
        <source>&amp;Cite these in a draft…</source>
        <translation>استناد به این‌ها در یک مسوده… (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_work.py" line="72"/>
        <source>&amp;Link selected results to this case</source>
        <translation>وصل کردن نتیجه‌های انتخاب‌شده به این دوسیه (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_work.py" line="76"/>
        <source>Build a &amp;packet for this case…</source>
        <translation>ساختن بسته برای این دوسیه… (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_work.py" line="80"/>
        <source>Put selected results in a pac&amp;ket…</source>
        <translation>گذاشتن نتیجه‌های انتخاب‌شده در یک بسته… (&amp;K)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_work.py" line="181"/>
        <source>the new case</source>
        <translation>دوسیهٔ جدید</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_work.py" line="184"/>
        <source>The changes to {shown} are not saved. Save them before closing?</source>
        <translation>تغییرات {shown} ذخیره نشده است. پیش از بستن ذخیره شود؟</translation>
    </message>
</context>
<context>
    <name>CasesView</name>
    <message>
        <location filename="../../desktop/ui/cases_view.py" line="96"/>
        <source>Any status</source>
        <translation>هر وضعیت</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases_view.py" line="99"/>
        <source>Any priority</source>
        <translation>هر اولویت</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases_view.py" line="102"/>
        <source>Due within</source>
        <translation>مهلت تا</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases_view.py" line="105"/>
        <source> days</source>
        <translation> روز</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases_view.py" line="108"/>
        <source>&amp;New case…</source>
        <translation>دوسیهٔ جدید… (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases_view.py" line="111"/>
        <source>&amp;Save case</source>
        <translation>ذخیرهٔ دوسیه (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases_view.py" line="112"/>
        <source>&amp;Draft…</source>
        <translation>مسوده… (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases_view.py" line="113"/>
        <source>Draft a letter or note for this case</source>
        <translation>نوشتن مسودهٔ مکتوب یا یادداشت برای این دوسیه</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases_view.py" line="115"/>
        <source>&amp;Packet…</source>
        <translation>بسته… (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases_view.py" line="118"/>
        <source>A briefing packet: cover, contents and the case&apos;s documents in one stamped PDF</source>
        <translation>بستهٔ معلوماتی: پوش، فهرست و اسناد دوسیه در یک PDF مهرشده</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases_view.py" line="124"/>
        <source>&amp;Reload case</source>
        <translation>بارگیری دوبارهٔ دوسیه (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases_view.py" line="127"/>
        <source>Show the case as it is saved now (your changes are dropped)</source>
        <translation>دوسیه را همان‌طور که اکنون ذخیره است نشان بده (تغییرات شما کنار گذاشته می‌شوند)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases_view.py" line="133"/>
        <location filename="../../desktop/ui/cases_view.py" line="206"/>
        <source>Doc&amp;uments</source>
        <translation>اسناد (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases_view.py" line="146"/>
        <source>Read-only: {busy_message}</source>
        <translation>فقط خواندنی: {busy_message}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases_view.py" line="293"/>
        <source>That case is no longer in the archive.</source>
        <translation>آن دوسیه دیگر در آرشیف نیست.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases_view.py" line="329"/>
        <source>Save the case before linking documents to it.</source>
        <translation>پیش از وصل کردن اسناد، دوسیه را ذخیره کنید.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases_view.py" line="332"/>
        <source>New case: fill in its number and people, then Save case.</source>
        <translation>دوسیهٔ جدید: نمبر و اشخاص آن را بنویسید، بعد «ذخیرهٔ دوسیه» را بزنید.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases_view.py" line="344"/>
        <source>Saving…</source>
        <translation>در حال ذخیره…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases_view.py" line="367"/>
        <source>Saved {case} at {time}.</source>
        <translation>{case} در ساعت {time} ذخیره شد.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases_view.py" line="394"/>
        <source>Changed — not saved yet.</source>
        <translation>تغییر کرده — هنوز ذخیره نشده.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases_view.py" line="400"/>
        <source>The changes to this case are not saved. Discard them?</source>
        <translation>تغییرات این دوسیه ذخیره نشده است. دور انداخته شود؟</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases_view.py" line="441"/>
        <source>{changed} document(s) linked.</source>
        <translation>{changed} سند وصل شد.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases_view.py" line="443"/>
        <source>Already linked.</source>
        <translation>از قبل وصل است.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases_view.py" line="447"/>
        <source>{changed} document(s) taken out of the case.</source>
        <translation>{changed} سند از دوسیه بیرون شد.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../desktop/cli/commands.py" line="50"/>
        <source>Password for protected files: </source>
        <translation>رمز فایل‌های محافظت‌شده: </translation>
    </message>
    <message>
        <location filename="../../desktop/cli/commands.py" line="69"/>
        <source>The search index is now in {parts} parts, which slows searches: run casedesk optimise when the computer is free (the window does this by itself when idle).</source>
        <translation>فهرست جستجو اکنون {parts} بخش دارد و این جستجو را کُند می‌سازد: وقتی کمپیوتر فارغ است ⁦casedesk optimise⁩ را اجرا کنید (پنجره این کار را در وقت بیکاری خودش انجام می‌دهد).</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/commands.py" line="124"/>
        <source>No problems: every file given was indexed.</source>
        <translation>مشکلی نیست: همه فایل‌های داده‌شده فهرست شدند.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/commands.py" line="143"/>
        <source>Documents</source>
        <translation>اسناد</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/commands.py" line="144"/>
        <source>Pages</source>
        <translation>صفحه‌ها</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/commands.py" line="145"/>
        <source>Files not indexed (see casedesk problems)</source>
        <translation>فایل‌های فهرست‌نشده (ببینید ⁦casedesk problems⁩)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/commands.py" line="146"/>
        <source>Documents in the search index</source>
        <translation>اسناد در فهرست جستجو</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/commands.py" line="147"/>
        <source>Documents with pages that need reading (scans)</source>
        <translation>اسنادی که صفحه‌های آن‌ها باید خوانده شوند (اسکن‌ها)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/commands.py" line="150"/>
        <source>Pages that need reading (scans)</source>
        <translation>صفحه‌هایی که باید خوانده شوند (اسکن‌ها)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/commands.py" line="182"/>
        <location filename="../../desktop/cli/office_upkeep.py" line="57"/>
        <source>Rebuilt the search index: {count} document(s).</source>
        <translation>فهرست جستجو از نو ساخته شد: {count} سند.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/commands.py" line="200"/>
        <location filename="../../desktop/cli/office_upkeep.py" line="69"/>
        <source>The search index was in {before} parts; it is now in {after}.</source>
        <translation>فهرست جستجو {before} بخش داشت؛ اکنون {after} بخش دارد.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/commands.py" line="204"/>
        <location filename="../../desktop/cli/office_upkeep.py" line="73"/>
        <source>The search index is already in one part.</source>
        <translation>فهرست جستجو از پیش یک بخش است.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/commands.py" line="227"/>
        <source>The archive is sound.</source>
        <translation>آرشیف سالم است.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/commands.py" line="229"/>
        <source>The archive has problems:</source>
        <translation>آرشیف مشکل دارد:</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/commands.py" line="265"/>
        <source>Removed {path}</source>
        <translation>⁦{path}⁩ پاک شد</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/commands.py" line="266"/>
        <source>There was no menu entry to remove.</source>
        <translation>هیچ ورودی مینو برای پاک کردن نبود.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/commands.py" line="270"/>
        <source>CaseDesk is in the application menu: {entry}
Its icon: {icon}</source>
        <translation>CaseDesk در مینوی برنامه‌ها است: ⁦{entry}⁩
آیکون آن: ⁦{icon}⁩</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/commands.py" line="288"/>
        <source>Unknown setting {key}. Settings: {settings}.</source>
        <translation>تنظیم ناشناخته ⁦{key}⁩. تنظیمات: ⁦{settings}⁩.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/commands.py" line="349"/>
        <source>It holds {documents} documents ({pages} pages).</source>
        <translation>در آن {documents} سند ({pages} صفحه) است.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/commands.py" line="351"/>
        <source>(all spellings)</source>
        <translation>(همه املاها)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/commands.py" line="359"/>
        <source>Demo archive: {root}</source>
        <translation>آرشیف نمایشی: ⁦{root}⁩</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/commands.py" line="363"/>
        <source>Try, for example:</source>
        <translation>برای نمونه، امتحان کنید:</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/main.py" line="107"/>
        <source>archive folder, or an office database postgresql://… (default: $CASEDESK_ARCHIVE, else your data folder)</source>
        <translation>فولدر آرشیف، یا دیتابیس دفتر ⁦postgresql://…⁩ (پیش‌فرض: ⁦$CASEDESK_ARCHIVE⁩، ورنه فولدر معلومات شما)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/main.py" line="114"/>
        <location filename="../../desktop/cli/office_server.py" line="108"/>
        <source>print machine-readable JSON</source>
        <translation>چاپ JSON برای ماشین</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/main.py" line="123"/>
        <source>CaseDesk: documents and knowledge for legal-aid casework.</source>
        <translation>CaseDesk: اسناد و معلومات برای کار دوسیه‌های کمک حقوقی.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/main.py" line="135"/>
        <source>language of the messages: en, fa (Dari) or ps (Pashto); default: $CASEDESK_LANG, else the window&apos;s choice, else the system&apos;s</source>
        <translation>زبان پیام‌ها: ⁦en⁩، ⁦fa⁩ (دری) یا ⁦ps⁩ (پښتو)؛ پیش‌فرض: ⁦$CASEDESK_LANG⁩، ورنه انتخاب کلکین، ورنه زبان سیستم</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/main.py" line="144"/>
        <source>digits of the counts and page numbers in Dari and Pashto messages: latin (default) or persian; default: $CASEDESK_DIGITS. JSON, ids, case numbers and paths keep Latin digits</source>
        <translation>رقم‌های شمارها و نمبر صفحه‌ها در پیام‌های دری و پښتو: ⁦latin⁩ (پیش‌فرض) یا ⁦persian⁩؛ پیش‌فرض: ⁦$CASEDESK_DIGITS⁩. JSON، نمبرهای سند، نمبرهای دوسیه و مسیرها رقم‌های لاتین را نگه می‌دارند</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/main.py" line="81"/>
        <source>open the CaseDesk window (also: no command); with files, offer to add them</source>
        <translation>کلکین CaseDesk را باز کنید (همچنان: بدون فرمان)؛ با فایل‌ها، افزودن آن‌ها را پیشنهاد می‌کند</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/main.py" line="157"/>
        <source>list files that could not be indexed</source>
        <translation>فایل‌هایی که فهرست نشدند را نشان می‌دهد</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/main.py" line="162"/>
        <source>count documents, pages, problems and pages needing OCR</source>
        <translation>شمار اسناد، صفحه‌ها، مشکلات و صفحه‌هایی که OCR لازم دارند</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/main.py" line="167"/>
        <source>rebuild the search index from the catalog</source>
        <translation>فهرست جستجو را از کتلاگ دوباره می‌سازد</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/main.py" line="172"/>
        <source>merge the search index into one part: faster searches (takes minutes on a large archive; the window does it by itself when idle)</source>
        <translation>فهرست جستجو را در یک بخش یکجا می‌کند: جستجوی سریع‌تر (در آرشیف بزرگ چند دقیقه می‌گیرد؛ کلکین وقتی بیکار است خودش این کار را می‌کند)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/main.py" line="181"/>
        <source>check that catalog, originals and index agree</source>
        <translation>بررسی می‌کند که کتلاگ، اصل فایل‌ها و فهرست با هم موافق باشند</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/main.py" line="184"/>
        <source>do not re-hash every original</source>
        <translation>هش همه اصل فایل‌ها را دوباره حساب نکن</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/main.py" line="195"/>
        <source>show or change the archive&apos;s settings</source>
        <translation>تنظیمات آرشیف را نشان می‌دهد یا تغییر می‌دهد</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/main.py" line="196"/>
        <source>Settings: case-pattern (a regular expression for case numbers, default [A-Z]{3}-\d{4}-\d{5}; used for documents added from then on).</source>
        <translation>تنظیمات: ⁦case-pattern⁩ (یک عبارت منظم برای نمبرهای دوسیه، پیش‌فرض ⁦[A-Z]{3}-\d{4}-\d{5}⁩؛ برای اسنادی که از آن پس افزوده می‌شوند).</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/main.py" line="207"/>
        <source>put CaseDesk in your desktop&apos;s application menu and Open with (or --remove)</source>
        <translation>CaseDesk را در مینوی برنامه‌های دسکتاپ و «باز کردن با» بگذارید (یا ⁦--remove⁩)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/main.py" line="213"/>
        <source>add it (the default)</source>
        <translation>آن را بیفزایید (پیش‌فرض)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/main.py" line="216"/>
        <source>take the menu entry away</source>
        <translation>ورودی مینو را بردارید</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/main.py" line="219"/>
        <source>build the demo archive and show it</source>
        <translation>آرشیف نمایشی را می‌سازد و نشان می‌دهد</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/main.py" line="224"/>
        <source>only build and describe it</source>
        <translation>فقط بسازید و شرح دهید</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/main.py" line="255"/>
        <source>add files and folders to the archive</source>
        <translation>فایل‌ها و فولدرها را به آرشیف می‌افزاید</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/main.py" line="262"/>
        <source>link the documents to case ID</source>
        <translation>اسناد را به دوسیه ID وصل کنید</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/main.py" line="268"/>
        <source>password to try on protected files (may be repeated)</source>
        <translation>رمزی برای امتحان روی فایل‌های محافظت‌شده (می‌تواند تکرار شود)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/main.py" line="273"/>
        <source>ask for a password without showing it</source>
        <translation>رمز را بدون نشان دادن آن بپرسید</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/main.py" line="276"/>
        <source>read again files that had problems</source>
        <translation>فایل‌هایی که مشکل داشتند را دوباره بخوانید</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/main.py" line="281"/>
        <source>do not read the text of scans and photos now (casedesk ocr does it later)</source>
        <translation>متن اسکن‌ها و عکس‌ها را اکنون نخوانید (⁦casedesk ocr⁩ بعداً می‌خواند)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/main.py" line="290"/>
        <source>stop reading a file after this long (default 60)</source>
        <translation>خواندن یک فایل را پس از این مدت متوقف کنید (پیش‌فرض 60)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/main.py" line="297"/>
        <source>stop reading a file that needs more memory (default 1024)</source>
        <translation>خواندن فایلی که حافظهٔ بیشتر لازم دارد را متوقف کنید (پیش‌فرض 1024)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/main.py" line="304"/>
        <source>do not take files larger than this (default 2048)</source>
        <translation>فایل‌های بزرگ‌تر از این را نگیرید (پیش‌فرض 2048)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/main.py" line="311"/>
        <location filename="../../desktop/cli/scans.py" line="47"/>
        <source>reader processes (default: one per core)</source>
        <translation>پروسه‌های خواننده (پیش‌فرض: یکی برای هر هسته)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/main.py" line="326"/>
        <source>search the archive</source>
        <translation>در آرشیف جستجو کنید</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/main.py" line="332"/>
        <source>only this kind</source>
        <translation>فقط این نوع</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/main.py" line="335"/>
        <source>only this case</source>
        <translation>فقط این دوسیه</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/main.py" line="339"/>
        <source>hits per page (default 20)</source>
        <translation>نتیجه در هر صفحه (پیش‌فرض 20)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/main.py" line="342"/>
        <source>which page of hits (default 1)</source>
        <translation>کدام صفحهٔ نتیجه‌ها (پیش‌فرض 1)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/main.py" line="345"/>
        <source>also save this search under NAME</source>
        <translation>این جستجو را به نام NAME هم ذخیره کنید</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/main.py" line="348"/>
        <source>list (or delete) saved searches</source>
        <translation>جستجوهای ذخیره‌شده را فهرست (یا پاک) کنید</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/main.py" line="351"/>
        <source>delete the saved search NAME</source>
        <translation>جستجوی ذخیره‌شدهٔ NAME را پاک کنید</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/main.py" line="354"/>
        <source>add (or remove) tags on a document</source>
        <translation>برچسب‌ها را به یک سند بیفزایید (یا بردارید)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/main.py" line="359"/>
        <source>remove these tags instead</source>
        <translation>به جای آن این برچسب‌ها را بردارید</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/main.py" line="431"/>
        <source>Stopped. What was finished is kept; run the same command again to finish the rest.</source>
        <translation>متوقف شد. آنچه تمام شده بود نگه داشته شد؛ برای تمام کردن باقی، همین فرمان را دوباره اجرا کنید.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/main.py" line="532"/>
        <source>CaseDesk stopped on an unexpected error ({error}). Everything already saved in the archive is safe. Details for the developers are in {log_file}.</source>
        <translation>CaseDesk به دلیل یک خطای غیرمنتظره (⁦{error}⁩) متوقف شد. هر چه در آرشیف ذخیره شده بود مصئون است. جزئیات برای برنامه‌نویسان در ⁦{log_file}⁩ است.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/searching.py" line="26"/>
        <source>Saved the search as {name}.</source>
        <translation>جستجو به نام ⁦{name}⁩ ذخیره شد.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/searching.py" line="83"/>
        <source>{total} document(s), page {page} of {pages}</source>
        <translation>{total} سند، صفحهٔ {page} از {pages}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/searching.py" line="85"/>
        <source>{total} document(s)</source>
        <translation>{total} سند</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/searching.py" line="93"/>
        <source>note: {note}</source>
        <translation>یادداشت: {note}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/searching.py" line="95"/>
        <source>Did you mean: {suggestion}</source>
        <translation>منظور شما این بود: ⁦{suggestion}⁩؟</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/searching.py" line="109"/>
        <source>By facet:</source>
        <translation>به تفکیک:</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/searching.py" line="123"/>
        <source>There is no saved search called {name}.</source>
        <translation>جستجوی ذخیره‌شده‌ای به نام ⁦{name}⁩ نیست.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/searching.py" line="134"/>
        <source>No saved searches (save one with casedesk search --save NAME ...).</source>
        <translation>هیچ جستجوی ذخیره‌شده نیست (با ⁦casedesk search --save NAME ...⁩ یکی را ذخیره کنید).</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/documents.py" line="30"/>
        <source>pypdf (PDFium could not read this PDF)</source>
        <translation>pypdf (PDFium این PDF را خوانده نتوانست)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/documents.py" line="31"/>
        <source>poppler (PDFium and pypdf could not read this PDF)</source>
        <translation>poppler (PDFium و pypdf این PDF را خوانده نتوانستند)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/documents.py" line="35"/>
        <source>taken from the file&apos;s name</source>
        <translation>از نام فایل گرفته شده</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/documents.py" line="36"/>
        <source>taken from the file&apos;s own title (or an email&apos;s subject)</source>
        <translation>از عنوان خود فایل (یا موضوع ایمیل) گرفته شده</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/documents.py" line="37"/>
        <source>taken from the “Subject:” line of its first page</source>
        <translation>از سطر «موضوع:» صفحهٔ اول آن گرفته شده</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/documents.py" line="38"/>
        <source>taken from the heading of its first page</source>
        <translation>از سرخط صفحهٔ اول آن گرفته شده</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/documents.py" line="39"/>
        <source>set by hand</source>
        <translation>به دست تعیین شده</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/documents.py" line="40"/>
        <source>taken from the “Date:” line of its first page</source>
        <translation>از سطر «تاریخ:» صفحهٔ اول آن گرفته شده</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/documents.py" line="41"/>
        <source>taken from the head of the letter</source>
        <translation>از سر مکتوب گرفته شده</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/documents.py" line="42"/>
        <source>taken from a date on its first page</source>
        <translation>از تاریخی در صفحهٔ اول آن گرفته شده</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/documents.py" line="43"/>
        <source>taken from the file&apos;s own date (when it was made or sent)</source>
        <translation>از تاریخ خود فایل (وقتی ساخته یا فرستاده شد) گرفته شده</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/documents.py" line="50"/>
        <source>show one document</source>
        <translation>یک سند را نشان می‌دهد</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/documents.py" line="53"/>
        <source>show one document, or change its title and date</source>
        <translation>یک سند را نشان می‌دهد، یا عنوان و تاریخ آن را تغییر می‌دهد</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/documents.py" line="58"/>
        <source>the same as casedesk show</source>
        <translation>همان ⁦casedesk show⁩</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/documents.py" line="64"/>
        <source>change a document&apos;s title and/or date</source>
        <translation>عنوان و/یا تاریخ یک سند را تغییر می‌دهد</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/documents.py" line="65"/>
        <source>Change a document&apos;s title and/or date by hand. The search index and letters drafted from then on use them; adding the file again does not undo them.</source>
        <translation>عنوان و/یا تاریخ یک سند را به دست تغییر دهید. فهرست جستجو و مکتوب‌هایی که از آن پس مسوده می‌شوند آن‌ها را به کار می‌برند؛ افزودن دوبارهٔ فایل آن‌ها را برنمی‌گرداند.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/documents.py" line="72"/>
        <source>the new title</source>
        <translation>عنوان نو</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/documents.py" line="76"/>
        <source>the date written on the document (&quot;&quot; for none)</source>
        <translation>تاریخی که روی سند نوشته شده (⁦&quot;&quot;⁩ برای هیچ)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/documents.py" line="83"/>
        <source>include the text of every page</source>
        <translation>متن همه صفحه‌ها را هم بیاورید</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/documents.py" line="85"/>
        <source>include form fields</source>
        <translation>بخش‌های فورم را هم بیاورید</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/documents.py" line="102"/>
        <location filename="../../desktop/cli/searching.py" line="164"/>
        <source>There is no document {doc_id} in this archive.</source>
        <translation>سند شمارهٔ ⁦{doc_id}⁩ در این آرشیف نیست.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/documents.py" line="134"/>
        <source>Changed: {fields}.</source>
        <translation>تغییر یافت: {fields}.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/documents.py" line="136"/>
        <source>Nothing to change.</source>
        <translation>چیزی برای تغییر نیست.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/documents.py" line="174"/>
        <source>{pages} page(s)</source>
        <translation>{pages} صفحه</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/documents.py" line="179"/>
        <source>from: {path}</source>
        <translation>از: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/documents.py" line="183"/>
        <source>cases: {cases}</source>
        <translation>دوسیه‌ها: {cases}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/documents.py" line="186"/>
        <source>tags: {tags}</source>
        <translation>برچسب‌ها: {tags}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/documents.py" line="190"/>
        <source>language: {language}</source>
        <translation>زبان: {language}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/documents.py" line="194"/>
        <source>read by: {reader}</source>
        <translation>خوانده شده با: {reader}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/documents.py" line="203"/>
        <source>--- page {number} ---</source>
        <translation>--- صفحهٔ {number} ---</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/documents.py" line="224"/>
        <source>date: {date}</source>
        <translation>تاریخ: {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/documents.py" line="229"/>
        <source>title {source}</source>
        <translation>عنوان {source}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/searching.py" line="172"/>
        <source>Tags of {doc_id}: {tags}</source>
        <translation>برچسب‌های سند ⁦{doc_id}⁩: {tags}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/searching.py" line="173"/>
        <source>(none)</source>
        <translation>(هیچ)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/backups.py" line="25"/>
        <source>back the archive up into one file (or, into a folder, incrementally)</source>
        <translation>از آرشیف در یک فایل پشتیبان بگیرید (یا، در یک فولدر، به تدریج)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/backups.py" line="28"/>
        <source>Back up the catalog, the originals, outputs and templates into one file OUT, read back and checked before it is kept; when OUT is a folder, the first backup there is whole and later ones add only what is new (docs/BACKUP.md).</source>
        <translation>از کتلاگ، اصل فایل‌ها، خروجی‌ها و قالب‌ها در یک فایل OUT پشتیبان بگیرید، که پیش از نگه‌داری دوباره خوانده و بررسی می‌شود؛ وقتی OUT یک فولدر است، اولین پشتیبان در آن کامل است و بعدی‌ها فقط آن‌چه نو است را می‌افزایند (⁦docs/BACKUP.md⁩).</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/backups.py" line="39"/>
        <source>make a new archive (--archive DIR) from a backup file or folder</source>
        <translation>از یک فایل یا فولدر پشتیبان آرشیف نو (⁦--archive DIR⁩) بسازید</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/backups.py" line="45"/>
        <source>encrypt / decrypt with PW</source>
        <translation>با PW رمزگذاری / رمزگشایی کنید</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/backups.py" line="50"/>
        <source>ask for the password without showing it</source>
        <translation>رمز را بدون نشان دادن آن بپرسید</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/backups.py" line="61"/>
        <source>Backed up {documents} document(s) and {cases} case(s) to {path} ({kind}, {files} file(s), {megabytes} MB, encrypted); read back and checked.</source>
        <translation>از {documents} سند و {cases} دوسیه در ⁦{path}⁩ نسخهٔ احتیاطی گرفته شد (⁦{kind}⁩، {files} فایل، {megabytes} MB، رمزگذاری‌شده)؛ دوباره خوانده و بررسی شد.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/backups.py" line="67"/>
        <source>Backed up {documents} document(s) and {cases} case(s) to {path} ({kind}, {files} file(s), {megabytes} MB, NOT encrypted); read back and checked.</source>
        <translation>از {documents} سند و {cases} دوسیه در ⁦{path}⁩ نسخهٔ احتیاطی گرفته شد (⁦{kind}⁩، {files} فایل، {megabytes} MB، رمزگذاری نشده)؛ دوباره خوانده و بررسی شد.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/backups.py" line="97"/>
        <source>Restored {documents} document(s) and {cases} case(s) into {root} from {files} backup file(s); the search index was rebuilt.</source>
        <translation>{documents} سند و {cases} دوسیه از {files} فایل نسخهٔ احتیاطی در ⁦{root}⁩ بازگردانده شد؛ فهرست جستجو از نو ساخته شد.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/backups.py" line="108"/>
        <source>The restored archive does not match the backup:</source>
        <translation>آرشیف بازگردانده‌شده با نسخهٔ احتیاطی برابر نیست:</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/backups.py" line="127"/>
        <source>Backup password: </source>
        <translation>رمز نسخهٔ احتیاطی: </translation>
    </message>
    <message>
        <location filename="../../desktop/cli/backups.py" line="128"/>
        <location filename="../../desktop/cli/office_server.py" line="166"/>
        <source>The same password again: </source>
        <translation>همان رمز دوباره: </translation>
    </message>
    <message>
        <location filename="../../desktop/cli/argparse_words.py" line="17"/>
        <source>usage: </source>
        <translation>طرز استفاده: </translation>
    </message>
    <message>
        <location filename="../../desktop/cli/argparse_words.py" line="18"/>
        <source>positional arguments</source>
        <translation>آرگومان‌های موقعیتی</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/argparse_words.py" line="19"/>
        <source>options</source>
        <translation>گزینه‌ها</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/argparse_words.py" line="20"/>
        <source>show this help message and exit</source>
        <translation>این پیام کمک را نشان می‌دهد و بیرون می‌رود</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/argparse_words.py" line="21"/>
        <location filename="../../desktop/cli/main.py" line="129"/>
        <source>show program&apos;s version number and exit</source>
        <translation>نمبر نسخهٔ برنامه را نشان می‌دهد و بیرون می‌رود</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/argparse_words.py" line="22"/>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: خطا: %(message)s
</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/argparse_words.py" line="23"/>
        <source>the following arguments are required: %s</source>
        <translation>این آرگومان‌ها لازم اند: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/argparse_words.py" line="24"/>
        <source>unrecognized arguments: %s</source>
        <translation>آرگومان‌های ناشناخته: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/argparse_words.py" line="25"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>انتخاب نادرست: %(value)r (از این‌ها انتخاب کنید: %(choices)s)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/argparse_words.py" line="26"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>آرگومان %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/argparse_words.py" line="27"/>
        <source>expected one argument</source>
        <translation>یک آرگومان انتظار می‌رفت</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/argparse_words.py" line="28"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>مقدار %(type)s نادرست: %(value)r</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/argparse_words.py" line="29"/>
        <source>not allowed with argument %s</source>
        <translation>با آرگومان %s اجازه نیست</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/audit.py" line="25"/>
        <source>show the audit log (who exported, printed or built what, and when)</source>
        <translation>دفتر بررسی را نشان می‌دهد (چه کسی چه چیزی را صادر، چاپ یا ساخت، و چه وقت)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/audit.py" line="26"/>
        <source>The audit log, newest first. Each entry: when (UTC), who (the login name, or $CASEDESK_USER), what, and ids — never a person&apos;s name.</source>
        <translation>دفتر بررسی، نوترین اول. هر درج: چه وقت (UTC)، چه کسی (نام ورود، یا ⁦$CASEDESK_USER⁩)، چه چیزی، و نمبرها — هرگز نام یک شخص.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/audit.py" line="33"/>
        <source>only entries about this case</source>
        <translation>فقط درج‌های مربوط به این دوسیه</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/audit.py" line="39"/>
        <source>only this action, e.g. &quot;exported&quot;, &quot;printed&quot;, &quot;packet built&quot; (may be repeated)</source>
        <translation>فقط این عمل، مثلاً ⁦&quot;exported&quot;⁩، ⁦&quot;printed&quot;⁩، ⁦&quot;packet built&quot;⁩ (به انگلیسی؛ می‌تواند تکرار شود)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/audit.py" line="48"/>
        <source>at most N entries (default 50)</source>
        <translation>حداکثر N درج (پیش‌فرض 50)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/audit.py" line="54"/>
        <source>add</source>
        <translation>افزودن</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/audit.py" line="55"/>
        <source>ocr</source>
        <translation>OCR</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/audit.py" line="56"/>
        <source>drafted</source>
        <translation>مسوده شد</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/audit.py" line="57"/>
        <source>packet built</source>
        <translation>بسته ساخته شد</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/audit.py" line="58"/>
        <source>exported</source>
        <translation>صادر شد</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/audit.py" line="59"/>
        <source>printed</source>
        <translation>چاپ شد</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/audit.py" line="60"/>
        <source>archive restored</source>
        <translation>آرشیف بازگردانده شد</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/audit.py" line="61"/>
        <source>case created</source>
        <translation>دوسیه ساخته شد</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/audit.py" line="62"/>
        <source>case changed</source>
        <translation>دوسیه تغییر یافت</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/audit.py" line="63"/>
        <source>case document linked</source>
        <translation>سند به دوسیه وصل شد</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/audit.py" line="64"/>
        <source>case document unlinked</source>
        <translation>سند از دوسیه جدا شد</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/audit.py" line="65"/>
        <source>document edited</source>
        <translation>سند ویرایش شد</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/audit.py" line="66"/>
        <source>office changed</source>
        <translation>معلومات دفتر تغییر یافت</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/audit.py" line="67"/>
        <source>tags changed</source>
        <translation>برچسب‌ها تغییر یافت</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/audit.py" line="68"/>
        <source>cases imported</source>
        <translation>دوسیه‌ها وارد شدند</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/audit.py" line="69"/>
        <source>cases added from a list</source>
        <translation>دوسیه‌ها از یک فهرست افزوده شدند</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/audit.py" line="79"/>
        <source>The audit log has no such entries.</source>
        <translation>دفتر بررسی چنین درجی ندارد.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/audit.py" line="116"/>
        <source>yes</source>
        <translation>بلی</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/audit.py" line="116"/>
        <source>no</source>
        <translation>نخیر</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_parsers.py" line="58"/>
        <source>add, change, list and show cases; link documents</source>
        <translation>دوسیه‌ها را بیفزایید، تغییر دهید، فهرست کنید و نشان دهید؛ اسناد را وصل کنید</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_parsers.py" line="66"/>
        <source>add a case from flags or a JSON file</source>
        <translation>یک دوسیه را از گزینه‌ها یا یک فایل JSON بیفزایید</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_parsers.py" line="71"/>
        <source>the case number, e.g. AFG-2024-00137</source>
        <translation>نمبر دوسیه، مثلاً ⁦AFG-2024-00137⁩</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_parsers.py" line="76"/>
        <source>change what the flags give (the rest is kept)</source>
        <translation>آن‌چه گزینه‌ها می‌دهند را تغییر دهید (باقی نگه داشته می‌شود)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_parsers.py" line="84"/>
        <source>empty a list first</source>
        <translation>اول یک فهرست را خالی کنید</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_parsers.py" line="87"/>
        <source>list cases, most pressing first</source>
        <translation>دوسیه‌ها را فهرست کنید، فوری‌ترین اول</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_parsers.py" line="92"/>
        <source>only this status ({values})</source>
        <translation>فقط این وضعیت (⁦{values}⁩)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_parsers.py" line="97"/>
        <source>only this priority ({values})</source>
        <translation>فقط این اولویت (⁦{values}⁩)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_parsers.py" line="103"/>
        <source>only cases with a deadline in the next DAYS days</source>
        <translation>فقط دوسیه‌هایی با مهلتی در DAYS روز آینده</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_parsers.py" line="108"/>
        <source>show a case, its people, deadlines, notes and documents</source>
        <translation>یک دوسیه، اشخاص، مهلت‌ها، یادداشت‌ها و اسناد آن را نشان دهید</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_parsers.py" line="115"/>
        <source>count deadlines from this day (YYYY-MM-DD) instead of today</source>
        <translation>مهلت‌ها را از این روز (⁦YYYY-MM-DD⁩) به جای امروز بشمارید</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_parsers.py" line="118"/>
        <source>link documents to a case</source>
        <translation>اسناد را به یک دوسیه وصل کنید</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_parsers.py" line="119"/>
        <source>take documents out of a case</source>
        <translation>اسناد را از یک دوسیه بیرون کنید</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_parsers.py" line="132"/>
        <source>add the cases of a spreadsheet (.csv or .xlsx), all or none</source>
        <translation>دوسیه‌های یک جدول (‎.csv یا ‎.xlsx) را بیفزایید، همه یا هیچ</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_parsers.py" line="133"/>
        <source>Add the cases of a spreadsheet: one row per person, rows with the same case number are one family; headers in English, Dari or Pashto (docs/IMPORT.md). Every row is checked; when one is refused nothing is written (unless --skip-bad) and each refused row is named with its column, value and why.</source>
        <translation>دوسیه‌های یک جدول را بیفزایید: یک سطر برای هر شخص، سطرهایی با یک نمبر دوسیه یک خانواده اند؛ سرخط‌ها به انگلیسی، دری یا پښتو (⁦docs/IMPORT.md⁩). هر سطر بررسی می‌شود؛ وقتی یکی رد شود هیچ چیز نوشته نمی‌شود (مگر با ⁦--skip-bad⁩) و هر سطر ردشده با ستون، مقدار و دلیل آن نام برده می‌شود.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_parsers.py" line="145"/>
        <source>check the file and report; write nothing</source>
        <translation>فایل را بررسی و گزارش کنید؛ هیچ چیز ننویسید</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_parsers.py" line="150"/>
        <source>import the cases whose rows are all right</source>
        <translation>دوسیه‌هایی را وارد کنید که همه سطرهای آن‌ها درست است</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_parsers.py" line="155"/>
        <source>write every case as a spreadsheet (.csv or .xlsx)</source>
        <translation>همه دوسیه‌ها را به صورت یک جدول (‎.csv یا ‎.xlsx) بنویسید</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_parsers.py" line="158"/>
        <source>as CSV (UTF-8)</source>
        <translation>به صورت CSV (UTF-8)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_parsers.py" line="159"/>
        <source>as an Excel workbook</source>
        <translation>به صورت یک کتاب Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_parsers.py" line="161"/>
        <source>file to write</source>
        <translation>فایلی برای نوشتن</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_parsers.py" line="166"/>
        <source>include the fields and notes cases mark confidential (left out otherwise)</source>
        <translation>بخش‌ها و یادداشت‌هایی که دوسیه‌ها محرم نشانی می‌کنند را هم بیاورید (در غیر آن کنار گذاشته می‌شوند)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_parsers.py" line="174"/>
        <source>the principal applicant</source>
        <translation>متقاضی اصلی</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_parsers.py" line="176"/>
        <source>name in Latin script, as on the passport</source>
        <translation>نام به حروف لاتین، همان‌طور که در پاسپورت است</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_parsers.py" line="180"/>
        <source>name in Arabic script (Dari, Pashto, Urdu)</source>
        <translation>نام به خط عربی (دری، پښتو، اردو)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_parsers.py" line="185"/>
        <source>date of birth: 1990-05-12, 1990-05, 1990, &quot;about 1985&quot;, or Solar Hijri (1369-02-22, 1369)</source>
        <translation>تاریخ تولد: ⁦1990-05-12⁩، ⁦1990-05⁩، ⁦1990⁩، ⁦&quot;about 1985&quot;⁩، یا هجری شمسی (⁦1369-02-22⁩، ⁦1369⁩)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_parsers.py" line="191"/>
        <source>nationality, e.g. Afghan</source>
        <translation>تابعیت، مثلاً ⁦Afghan⁩</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_parsers.py" line="192"/>
        <source>passport number</source>
        <translation>نمبر پاسپورت</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_parsers.py" line="193"/>
        <source>tazkira number</source>
        <translation>نمبر تذکره</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_parsers.py" line="197"/>
        <source>the case</source>
        <translation>دوسیه</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_parsers.py" line="202"/>
        <source>a family member (repeatable); a fourth part is the name in Arabic script: &quot;Zarmina Ahmadzai|spouse|1990-03-21|زرمینه احمدزی&quot;</source>
        <translation>یک عضو خانواده (می‌تواند تکرار شود)؛ بخش چهارم نام به خط عربی است: ⁦&quot;Zarmina Ahmadzai|spouse|1990-03-21|زرمینه احمدزی&quot;⁩</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_parsers.py" line="209"/>
        <source>where the family is, e.g. Islamabad</source>
        <translation>جایی که خانواده است، مثلاً اسلام‌آباد</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_parsers.py" line="214"/>
        <source>e.g. P-2, SIV, resettlement referral</source>
        <translation>مثلاً ⁦P-2⁩، ⁦SIV⁩، ⁦resettlement referral⁩</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_parsers.py" line="220"/>
        <source>a protection need (repeatable), e.g. journalist</source>
        <translation>یک ضرورت حمایتی (می‌تواند تکرار شود)، مثلاً ⁦journalist⁩</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_parsers.py" line="223"/>
        <source>emergency, urgent or normal</source>
        <translation>⁦emergency⁩، ⁦urgent⁩ یا ⁦normal⁩</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_parsers.py" line="226"/>
        <source>open, referred, waiting or closed</source>
        <translation>⁦open⁩، ⁦referred⁩، ⁦waiting⁩ یا ⁦closed⁩</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_parsers.py" line="229"/>
        <source>the volunteer who holds the case</source>
        <translation>رضاکاری که دوسیه را در دست دارد</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_parsers.py" line="235"/>
        <source>a deadline (repeatable): &quot;visa expiry=2025-03-01&quot; (or a Solar Hijri day, &quot;visa expiry=1403-12-11&quot;), optionally =NOTE after the date</source>
        <translation>یک مهلت (می‌تواند تکرار شود): ⁦&quot;visa expiry=2025-03-01&quot;⁩ (یا یک روز هجری شمسی، ⁦&quot;visa expiry=1403-12-11&quot;⁩)، و به اختیار ⁦=NOTE⁩ پس از تاریخ</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_parsers.py" line="242"/>
        <source>a note (repeatable)</source>
        <translation>یک یادداشت (می‌تواند تکرار شود)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_parsers.py" line="248"/>
        <source>a note kept out of letters unless chosen (repeatable)</source>
        <translation>یادداشتی که بیرون از مکتوب‌ها می‌ماند مگر انتخاب شود (می‌تواند تکرار شود)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_parsers.py" line="254"/>
        <source>keep a field out of letters unless chosen (repeatable)</source>
        <translation>یک بخش را بیرون از مکتوب‌ها نگه دارید مگر انتخاب شود (می‌تواند تکرار شود)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_parsers.py" line="260"/>
        <source>read the whole case from a JSON file (its shape is above)</source>
        <translation>تمام دوسیه را از یک فایل JSON بخوانید (شکل آن در بالا است)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_parsers.py" line="269"/>
        <source>show or change the office&apos;s details used in letters</source>
        <translation>معلومات دفتر که در مکتوب‌ها به کار می‌رود را نشان دهید یا تغییر دهید</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_parsers.py" line="270"/>
        <source>The office&apos;s details: letterheads and signatures in drafted letters. With no option, shows them; with options, changes those.</source>
        <translation>معلومات دفتر: سربرگ‌ها و امضاها در مکتوب‌های مسوده‌شده. بدون گزینه، آن‌ها را نشان می‌دهد؛ با گزینه‌ها، همان‌ها را تغییر می‌دهد.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_parsers.py" line="279"/>
        <source>paper size (default a4)</source>
        <translation>اندازهٔ کاغذ (پیش‌فرض ⁦a4⁩)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_parsers.py" line="286"/>
        <source>a PNG or JPEG picture (copied in)</source>
        <translation>یک عکس PNG یا JPEG (کاپی می‌شود)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_parsers.py" line="292"/>
        <source>the usual addressees of letters: \n between lines, \n\n between two</source>
        <translation>گیرندگان معمول مکتوب‌ها: ⁦\n⁩ میان سطرها، ⁦\n\n⁩ میان دو</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_sheets.py" line="58"/>
        <source>Wrote {cases} case(s), {rows} row(s), to {file}.</source>
        <translation>{cases} دوسیه، {rows} سطر، در ⁦{file}⁩ نوشته شد.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_sheets.py" line="60"/>
        <source>Wrote {cases} case(s), {rows} row(s), to {file} (confidential fields left out).</source>
        <translation>{cases} دوسیه، {rows} سطر، در ⁦{file}⁩ نوشته شد (بخش‌های محرم کنار گذاشته شد).</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_sheets.py" line="90"/>
        <source>Columns not read: {columns}.</source>
        <translation>ستون‌هایی که خوانده نشد: {columns}.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_sheets.py" line="96"/>
        <source>{problems} problem(s) in {rows} row(s):</source>
        <translation>{problems} مشکل در {rows} سطر:</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_sheets.py" line="114"/>
        <source>{rows} row(s) in {file}: {cases} case(s) with {people} person(s) ready to import; as it is, nothing would be imported (use --skip-bad to leave them out).</source>
        <translation>{rows} سطر در ⁦{file}⁩: {cases} دوسیه با {people} شخص آمادهٔ وارد کردن؛ به این حالت، هیچ چیز وارد نمی‌شود (برای کنار گذاشتن آن‌ها ⁦--skip-bad⁩ را به کار ببرید).</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_sheets.py" line="120"/>
        <source>{rows} row(s) in {file}: {cases} case(s) with {people} person(s) ready to import (nothing was written: a dry run).</source>
        <translation>{rows} سطر در ⁦{file}⁩: {cases} دوسیه با {people} شخص آمادهٔ وارد کردن (هیچ چیز نوشته نشد: یک آزمایش).</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_sheets.py" line="126"/>
        <source>Imported {count} case(s) from {file}; left out: {left_out}.</source>
        <translation>{count} دوسیه از ⁦{file}⁩ وارد شد؛ کنار گذاشته شد: ⁦{left_out}⁩.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_sheets.py" line="132"/>
        <source>Imported {count} case(s) from {file}.</source>
        <translation>{count} دوسیه از ⁦{file}⁩ وارد شد.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_sheets.py" line="135"/>
        <source>Nothing was imported from {file}: fix the rows below and run it again, or import the rest with --skip-bad.</source>
        <translation>از ⁦{file}⁩ هیچ چیز وارد نشد: سطرهای زیر را درست کنید و دوباره اجرا کنید، یا باقی را با ⁦--skip-bad⁩ وارد کنید.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_sheets.py" line="145"/>
        <source>row {row}</source>
        <translation>سطر {row}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_text.py" line="16"/>
        <source>passport</source>
        <translation>پاسپورت</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_text.py" line="17"/>
        <source>tazkira</source>
        <translation>تذکره</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_text.py" line="21"/>
        <source>CASE</source>
        <translation>دوسیه</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_text.py" line="22"/>
        <source>PRIORITY</source>
        <translation>اولویت</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_text.py" line="23"/>
        <source>STATUS</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_text.py" line="24"/>
        <source>NEXT DEADLINE</source>
        <translation>مهلت بعدی</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_text.py" line="25"/>
        <source>PRINCIPAL</source>
        <translation>متقاضی اصلی</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_text.py" line="26"/>
        <source>VOLUNTEER</source>
        <translation>رضاکار</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_text.py" line="30"/>
        <source>auto</source>
        <translation>خودکار</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_text.py" line="31"/>
        <source>by hand</source>
        <translation>به دست</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_text.py" line="35"/>
        <source>name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_text.py" line="36"/>
        <source>address</source>
        <translation>آدرس</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_text.py" line="37"/>
        <source>signatory</source>
        <translation>امضاکننده</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_text.py" line="38"/>
        <source>signatory title</source>
        <translation>عنوان امضاکننده</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_text.py" line="39"/>
        <source>phone</source>
        <translation>تیلفون</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_text.py" line="40"/>
        <source>email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_text.py" line="41"/>
        <source>paper</source>
        <translation>کاغذ</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_text.py" line="42"/>
        <source>logo</source>
        <translation>لوگو</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_text.py" line="43"/>
        <source>addressees</source>
        <translation>گیرندگان</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_text.py" line="46"/>
        <source>location</source>
        <translation>موقعیت</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_text.py" line="47"/>
        <source>needs</source>
        <translation>ضرورت‌ها</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_text.py" line="48"/>
        <source>volunteer</source>
        <translation>رضاکار</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_text.py" line="49"/>
        <source>confidential</source>
        <translation>محرم</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_text.py" line="56"/>
        <source>No cases match (add one with casedesk case add).</source>
        <translation>هیچ دوسیه‌ای مطابقت ندارد (یکی را با ⁦casedesk case add⁩ بیفزایید).</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_text.py" line="68"/>
        <source>(no record yet)</source>
        <translation>(هنوز ثبت نشده)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_text.py" line="77"/>
        <source>{count} case(s)</source>
        <translation>{count} دوسیه</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_text.py" line="103"/>
        <source>(known from its documents only: no record saved yet)</source>
        <translation>(فقط از اسناد آن شناخته شده: هنوز هیچ ثبتی ذخیره نشده)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_text.py" line="105"/>
        <source>People</source>
        <translation>اشخاص</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_text.py" line="107"/>
        <source>Deadlines</source>
        <translation>مهلت‌ها</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_text.py" line="108"/>
        <source>{fact}; to add it:</source>
        <translation>{fact}؛ برای افزودن آن:</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_text.py" line="110"/>
        <source>Suggested deadlines (from its documents)</source>
        <translation>مهلت‌های پیشنهادی (از اسناد آن)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_text.py" line="113"/>
        <source>[confidential]</source>
        <translation>[محرم]</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_text.py" line="115"/>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_text.py" line="119"/>
        <source>Documents ({count})</source>
        <translation>اسناد ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_text.py" line="127"/>
        <source>(not set)</source>
        <translation>(تعیین نشده)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_text.py" line="149"/>
        <source>born {date}</source>
        <translation>تولد {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_text.py" line="162"/>
        <source>{days} day(s) ago</source>
        <translation>{days} روز پیش</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_text.py" line="164"/>
        <source>today</source>
        <translation>امروز</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_text.py" line="166"/>
        <source>in {days} day(s)</source>
        <translation>در {days} روز</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/cases.py" line="61"/>
        <source>Added</source>
        <translation>افزوده شد</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/cases.py" line="77"/>
        <source>Added {count} case(s): {cases}.</source>
        <translation>{count} دوسیه افزوده شد: ⁦{cases}⁩.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/cases.py" line="107"/>
        <source>Saved</source>
        <translation>ذخیره شد</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/cases.py" line="156"/>
        <source>Linked {count} document(s) to {case_id}.</source>
        <translation>{count} سند به ⁦{case_id}⁩ وصل شد.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/cases.py" line="158"/>
        <source>Unlinked {count} document(s) from {case_id}.</source>
        <translation>{count} سند از ⁦{case_id}⁩ جدا شد.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/cases.py" line="162"/>
        <source>{documents}: already linked.</source>
        <translation>⁦{documents}⁩: از پیش وصل بود.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/cases.py" line="164"/>
        <source>{documents}: not linked.</source>
        <translation>⁦{documents}⁩: وصل نبود.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/drafting.py" line="41"/>
        <source>list the templates and their fields</source>
        <translation>قالب‌ها و بخش‌های آن‌ها را فهرست کنید</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/drafting.py" line="48"/>
        <source>keep this template file in the office database, for every desk (admins)</source>
        <translation>این فایل قالب را در دیتابیس دفتر، برای همه میزهای کار نگه دارید (مدیران)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/drafting.py" line="56"/>
        <source>take the office&apos;s own template file of this name away (admins)</source>
        <translation>فایل قالب خود دفتر را به این نام بردارید (مدیران)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/drafting.py" line="61"/>
        <source>draft a letter or note from a template for a case</source>
        <translation>یک مکتوب یا یادداشت را از یک قالب برای یک دوسیه مسوده کنید</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/drafting.py" line="62"/>
        <source>Fields are prefilled from the case; --set fills or replaces them. Nothing is drafted while a required field is empty (exit 2, missing fields listed).</source>
        <translation>بخش‌ها از دوسیه پیش‌پر می‌شوند؛ ⁦--set⁩ آن‌ها را پر یا جایگزین می‌کند. تا وقتی یک بخش لازم خالی است هیچ چیز مسوده نمی‌شود (خروج 2، بخش‌های کم فهرست می‌شوند).</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/drafting.py" line="71"/>
        <source>template name (see casedesk templates)</source>
        <translation>نام قالب (⁦casedesk templates⁩ را ببینید)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/drafting.py" line="74"/>
        <source>the case to draft for</source>
        <translation>دوسیه‌ای که برای آن مسوده می‌شود</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/drafting.py" line="81"/>
        <source>a field&apos;s value</source>
        <translation>مقدار یک بخش</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/drafting.py" line="88"/>
        <source>cite a document</source>
        <translation>از یک سند نقل قول کنید</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/drafting.py" line="94"/>
        <source>quote each cited page around WORDS</source>
        <translation>از هر صفحهٔ نقل‌شده پیرامون WORDS نقل کنید</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/drafting.py" line="99"/>
        <source>include what the case marks confidential (numbers, notes, …)</source>
        <translation>آن‌چه دوسیه محرم نشانی می‌کند را هم بیاورید (نمبرها، یادداشت‌ها، …)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/drafting.py" line="107"/>
        <location filename="../../desktop/cli/packets.py" line="126"/>
        <source>paper (default: office setting)</source>
        <translation>کاغذ (پیش‌فرض: تنظیم دفتر)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/drafting.py" line="111"/>
        <source>encrypt the PDF draft (AES-256)</source>
        <translation>مسودهٔ PDF را رمزگذاری کنید (AES-256)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/drafting.py" line="183"/>
        <source>this archive&apos;s own</source>
        <translation>مال خود این آرشیف</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/drafting.py" line="184"/>
        <source>also in Word</source>
        <translation>در Word هم</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/drafting.py" line="188"/>
        <source>required</source>
        <translation>لازم</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/drafting.py" line="188"/>
        <source>optional</source>
        <translation>اختیاری</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/drafting.py" line="195"/>
        <source>needs: {needs}</source>
        <translation>لازم دارد: {needs}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/drafting.py" line="197"/>
        <source>{path}, line {line}:</source>
        <translation>{path}، سطر {line}:</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/drafting.py" line="199"/>
        <source>No templates found.</source>
        <translation>هیچ قالبی پیدا نشد.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/drafting.py" line="345"/>
        <source>Nothing was drafted: the {template} needs these filled in:</source>
        <translation>هیچ چیز مسوده نشد: {template} به پر کردن این‌ها ضرورت دارد:</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/drafting.py" line="403"/>
        <source>Kept in the office database as output {output_id}: {path}</source>
        <translation>در دیتابیس دفتر به حیث خروجی ⁦{output_id}⁩ نگه داشته شد: ⁦{path}⁩</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/drafting.py" line="405"/>
        <source>Kept in the archive (encrypted: not searchable): {path}</source>
        <translation>در آرشیف نگه داشته شد (رمزگذاری‌شده: قابل جستجو نیست): ⁦{path}⁩</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/drafting.py" line="407"/>
        <source>Kept in the archive as document {doc_id} ({kind}): {path}</source>
        <translation>در آرشیف به عنوان سند ⁦{doc_id}⁩ ({kind}) نگه داشته شد: ⁦{path}⁩</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/drafting.py" line="410"/>
        <source>Drafted {template} for {case_id}: {file} ({pages} page(s)).</source>
        <translation>{template} برای ⁦{case_id}⁩ مسوده شد: ⁦{file}⁩ ({pages} صفحه).</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/drafting.py" line="412"/>
        <source>Drafted {template} for {case_id}: {file}.</source>
        <translation>{template} برای ⁦{case_id}⁩ مسوده شد: ⁦{file}⁩.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/drafting.py" line="421"/>
        <source>Redacted: {kinds}.</source>
        <translation>حذف شد: {kinds}.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/drafting.py" line="425"/>
        <source>Warning: {count} character(s) have no glyph in any installed font and show as boxes; install fonts-noto-core.</source>
        <translation>هشدار: {count} حرف در هیچ فونت نصب‌شده شکل ندارد و به صورت مربع دیده می‌شود؛ ⁦fonts-noto-core⁩ را نصب کنید.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/office_server.py" line="33"/>
        <source>set up an office PostgreSQL database for several desks, and add its users</source>
        <translation>یک دیتابیس PostgreSQL دفتر برای چند میز بسازید، و کاربران آن را بیفزایید</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/office_server.py" line="36"/>
        <source>The office server is a stock PostgreSQL (docs/OFFICE-SERVER.md). URL is libpq&apos;s, e.g. postgresql://admin@server/casedesk; the password comes from ~/.pgpass or PGPASSWORD, never from a CaseDesk setting.</source>
        <translation>سرور دفتر یک PostgreSQL عادی است (⁦docs/OFFICE-SERVER.md⁩). URL از libpq است، مثلاً ⁦postgresql://admin@server/casedesk⁩؛ رمز از ⁦~/.pgpass⁩ یا ⁦PGPASSWORD⁩ می‌آید، هرگز از تنظیمات CaseDesk.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/office_server.py" line="46"/>
        <source>create the tables, the roles and their grants (safe to run again)</source>
        <translation>جدول‌ها، نقش‌ها و اجازه‌های آن‌ها را بسازید (اجرای دوباره بی‌خطر است)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/office_server.py" line="50"/>
        <source>add a login: reader, volunteer or admin group</source>
        <translation>یک ورود بیفزایید: گروه خواننده، رضاکار یا مدیر</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/office_server.py" line="55"/>
        <source>the login name (lower-case letters, digits, _)</source>
        <translation>نام ورود (حروف کوچک، رقم‌ها، ⁦_⁩)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/office_server.py" line="59"/>
        <location filename="../../desktop/cli/office_server.py" line="90"/>
        <location filename="../../desktop/cli/office_server.py" line="99"/>
        <source>the office database</source>
        <translation>دیتابیس دفتر</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/office_server.py" line="64"/>
        <source>read the new user&apos;s password from the first line of standard input</source>
        <translation>رمز کاربر نو را از سطر اول ورودی استاندارد بخوانید</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/office_server.py" line="68"/>
        <source>move a desk&apos;s archive folder into the office database (safe to run again)</source>
        <translation>آرشیف یک میز کار را به دیتابیس دفتر انتقال دهید (اجرای دوباره بی‌خطر است)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/office_server.py" line="78"/>
        <source>the desk&apos;s archive folder (it is not changed)</source>
        <translation>فولدر آرشیف میز کار (تغییر داده نمی‌شود)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/office_server.py" line="83"/>
        <source>send what this desk&apos;s casedesk add could not send then</source>
        <translation>آنچه ⁦casedesk add⁩ این میز کار آن زمان نتوانست بفرستد، بفرستید</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/office_server.py" line="94"/>
        <source>bring this desk&apos;s own search index up to date with the office database</source>
        <translation>فهرست جستجوی همین میز کار را با دیتابیس دفتر به‌روز کنید</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/office_server.py" line="104"/>
        <source>keep it up to date as others change it (Ctrl+C ends)</source>
        <translation>هنگامی که دیگران تغییر می‌دهند، آن را به‌روز نگه دارید (⁦Ctrl+C⁩ پایان می‌دهد)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/office_server.py" line="130"/>
        <source>The office database is set up (schema version {version}) with the roles {roles}.</source>
        <translation>دیتابیس دفتر آماده شد (نسخهٔ ساختار {version}) با نقش‌های {roles}.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/office_server.py" line="135"/>
        <source>The office database is already set up, schema version {version}; the roles and their rights were checked and set again.</source>
        <translation>دیتابیس دفتر از قبل آماده است، نسخهٔ ساختار {version}؛ نقش‌ها و اجازه‌های آن‌ها بررسی و دوباره تنظیم شدند.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/office_server.py" line="154"/>
        <source>Added the login {name} in the group {role}; they log in with their password.</source>
        <translation>ورود {name} در گروه {role} افزوده شد؛ با رمز خود وارد می‌شود.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/office_server.py" line="165"/>
        <source>Password for the new user: </source>
        <translation>رمز برای کاربر نو: </translation>
    </message>
    <message>
        <location filename="../../desktop/cli/office_server.py" line="185"/>
        <source>missing</source>
        <translation>نیست</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/office_server.py" line="186"/>
        <source>no rights</source>
        <translation>بدون صلاحیت</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/office_server.py" line="198"/>
        <source>The office database is sound.</source>
        <translation>دیتابیس دفتر سالم است.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/office_server.py" line="200"/>
        <source>The office database has problems:</source>
        <translation>دیتابیس دفتر مشکل دارد:</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/office_server.py" line="203"/>
        <source>Schema version {version}.</source>
        <translation>نسخهٔ ساختار: {version}.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/office_server.py" line="204"/>
        <source>Roles: {roles}</source>
        <translation>نقش‌ها: {roles}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/office_server.py" line="206"/>
        <source>Originals whose content was checked (SHA-256): {count}.</source>
        <translation>فایل‌های اصلی که محتوای شان بررسی شد (SHA-256): {count}.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/office_server.py" line="210"/>
        <source>Rows per table:</source>
        <translation>تعداد سطرها در هر جدول:</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/packets.py" line="50"/>
        <source>build a briefing packet: cover, contents and the case&apos;s documents, stamped</source>
        <translation>یک بستهٔ معلوماتی بسازید: جلد، فهرست و اسناد دوسیه، مهرشده</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/packets.py" line="53"/>
        <source>Every page is stamped PREFIX + a running number (CD-000001) at the bottom right. Without --doc or --from-search, all the case&apos;s documents go in, oldest first.</source>
        <translation>هر صفحه با PREFIX + یک نمبر پی‌درپی (⁦CD-000001⁩) در پایین راست مهر می‌شود. بدون ⁦--doc⁩ یا ⁦--from-search⁩، همه اسناد دوسیه، قدیمی‌ترین اول، داخل می‌شوند.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/packets.py" line="60"/>
        <source>the case the packet is for</source>
        <translation>دوسیه‌ای که بسته برای آن است</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/packets.py" line="68"/>
        <source>a document, in order</source>
        <translation>یک سند، به ترتیب</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/packets.py" line="71"/>
        <source>the documents found</source>
        <translation>اسناد پیدا شده</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/packets.py" line="76"/>
        <source>also put in the case&apos;s (or the search&apos;s) briefing notes, cover sheets and earlier packets; without it they are left out (documents given with --doc always go in)</source>
        <translation>یادداشت‌های توضیحی، صفحه‌های جلد و بسته‌های قبلی دوسیه (یا جستجو) را هم بگذارید؛ بدون آن کنار گذاشته می‌شوند (اسنادی که با ⁦--doc⁩ داده شوند همیشه داخل می‌شوند)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/packets.py" line="88"/>
        <source>the password of a password-protected PDF in the packet (may be repeated; used for this packet only, never kept)</source>
        <translation>رمز یک PDF محافظت‌شده در بسته (می‌تواند تکرار شود؛ فقط برای همین بسته به کار می‌رود، هرگز نگه داشته نمی‌شود)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/packets.py" line="97"/>
        <source>leave out password-protected PDFs whose password was not given</source>
        <translation>PDFهای محافظت‌شده‌ای که رمز آن‌ها داده نشده را کنار بگذارید</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/packets.py" line="103"/>
        <source>cover template, or none</source>
        <translation>قالب جلد، یا ⁦none⁩</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/packets.py" line="105"/>
        <source>the packet&apos;s title</source>
        <translation>عنوان بسته</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/packets.py" line="107"/>
        <source>stamp prefix (CD-)</source>
        <translation>پیشوند مهر (⁦CD-⁩)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/packets.py" line="110"/>
        <source>first stamp number</source>
        <translation>نمبر اولین مهر</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/packets.py" line="113"/>
        <source>leave out the contents page</source>
        <translation>صفحهٔ فهرست مطالب را کنار بگذارید</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/packets.py" line="118"/>
        <source>a &quot;CONFIDENTIAL&quot; header on every page</source>
        <translation>سرخط ⁦&quot;CONFIDENTIAL&quot;⁩ در هر صفحه</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/packets.py" line="121"/>
        <source>encrypt the packet (AES-256)</source>
        <translation>بسته را رمزگذاری کنید (AES-256)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/packets.py" line="133"/>
        <source>with --redact, a scanned page OCR cannot read well enough to be sure no value is left on it: black the whole page out (default), or refuse to build the packet</source>
        <translation>با ⁦--redact⁩، صفحهٔ اسکن‌شده‌ای که OCR آن را به اندازهٔ کافی نمی‌خواند تا مطمئن شود هیچ مقداری در آن نمانده: تمام صفحه را سیاه کنید (پیش‌فرض)، یا از ساختن بسته خودداری کنید</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/packets.py" line="148"/>
        <source>remove these values of the case from the output, comma-separated: {kinds}</source>
        <translation>این مقدارهای دوسیه را از خروجی حذف کنید، جداشده با کامه: ⁦{kinds}⁩</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/packets.py" line="239"/>
        <source>Pages read by OCR (scans and pictures): {count}.</source>
        <translation>صفحه‌هایی که با OCR خوانده شدند (اسکن‌ها و عکس‌ها): {count}.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/packets.py" line="246"/>
        <source>Pages withheld, blacked out (could not be read well enough to redact): {pages}.</source>
        <translation>صفحه‌های نگه داشته‌شده، سیاه‌شده (به اندازهٔ کافی برای حذف خوانده نشدند): {pages}.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/packets.py" line="273"/>
        <source>Give each password with --pdf-password ID=PASSWORD (e.g. --pdf-password {first}=…), or build without them: --leave-out-locked.</source>
        <translation>رمز هر کدام را با ⁦--pdf-password ID=PASSWORD⁩ بدهید (مثلاً ⁦--pdf-password {first}=…⁩)، یا بدون آن‌ها بسازید: ⁦--leave-out-locked⁩.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/packets.py" line="295"/>
        <source>Built a packet of {pages} page(s): {file}</source>
        <translation>یک بسته با {pages} صفحه ساخته شد: ⁦{file}⁩</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/packets.py" line="297"/>
        <location filename="../../desktop/cli/searching.py" line="98"/>
        <source>p. {page}</source>
        <translation>ص. {page}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/packets.py" line="302"/>
        <source>none</source>
        <translation>هیچ</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/packets.py" line="303"/>
        <source>Redacted {kinds}; pages made pictures: {pages}</source>
        <translation>{kinds} حذف شد؛ صفحه‌هایی که تصویر شدند: {pages}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/packets.py" line="306"/>
        <source>Left out document {doc_id} ({title}): {reason}.</source>
        <translation>سند ⁦{doc_id}⁩ ({title}) کنار گذاشته شد: {reason}.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/packets.py" line="312"/>
        <source>Left out as internal (briefing notes, cover sheets and earlier packets): {documents}. Add --include-internal (or --doc ID) to put them in.</source>
        <translation>به عنوان داخلی کنار گذاشته شد (یادداشت‌های توضیحی، صفحه‌های جلد و بسته‌های قبلی): {documents}. برای گذاشتن آن‌ها ⁦--include-internal⁩ (یا ⁦--doc ID⁩) را بیفزایید.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/packets.py" line="319"/>
        <source>Kept in the archive as {path} (encrypted: not searchable)</source>
        <translation>در آرشیف به عنوان ⁦{path}⁩ نگه داشته شد (رمزگذاری‌شده: قابل جستجو نیست)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/packets.py" line="321"/>
        <source>Kept in the archive as {path}</source>
        <translation>در آرشیف به عنوان ⁦{path}⁩ نگه داشته شد</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/scans.py" line="22"/>
        <source>read the text of scans and photos still waiting (or, with --redo, all again)</source>
        <translation>متن اسکن‌ها و عکس‌هایی که هنوز منتظر اند را بخوانید (یا، با ⁦--redo⁩، همه را دوباره)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/scans.py" line="27"/>
        <source>read every scanned page again</source>
        <translation>هر صفحهٔ اسکن‌شده را دوباره بخوانید</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/scans.py" line="33"/>
        <source>password to try on protected PDFs (may be repeated)</source>
        <translation>رمزی برای امتحان روی PDFهای محافظت‌شده (می‌تواند تکرار شود)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/scans.py" line="40"/>
        <source>stop reading a page after this long (default 60)</source>
        <translation>خواندن یک صفحه را پس از این مدت متوقف کنید (پیش‌فرض 60)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/scans.py" line="67"/>
        <source>No pages are waiting to be read.</source>
        <translation>هیچ صفحه‌ای منتظر خوانده شدن نیست.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/office_add.py" line="63"/>
        <source>Not sent to the office database: {reason} Nothing is lost: {waiting} document(s) are kept on this computer, and the next {add} to this office sends them (or {pending}).</source>
        <translation>به دیتابیس دفتر فرستاده نشد: {reason} هیچ چیز از بین نرفته است: {waiting} سند روی همین کمپیوتر نگه داشته شده‌اند، و {add} بعدی به همین دفتر آن‌ها را می‌فرستد (یا {pending}).</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/office_add.py" line="76"/>
        <source>{waiting} document(s) stay on this computer until that is settled.</source>
        <translation>{waiting} سند تا حل شدن این موضوع روی همین کمپیوتر می‌مانند.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/office_add.py" line="83"/>
        <source>Sent to the office database: {summary}</source>
        <translation>به دیتابیس دفتر فرستاده شد: {summary}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/office_add.py" line="94"/>
        <source>Nothing waits to be sent.</source>
        <translation>چیزی در انتظار فرستادن نیست.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/office_desk.py" line="54"/>
        <source>Applied {changes} change(s): {indexed} document(s) indexed, {removed} removed; up to change {seq}.</source>
        <translation>{changes} تغییر اعمال شد: {indexed} سند فهرست شد، {removed} حذف شد؛ تا تغییر {seq}.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/office_push.py" line="44"/>
        <source>documents {done} of {total}, originals {sent} MB of {size} MB</source>
        <translation>اسناد {done} از {total}، اصل‌ها {sent} MB از {size} MB</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/office_push.py" line="62"/>
        <source>Pushed {pushed} documents; {there} were already in the office database.</source>
        <translation>{pushed} سند فرستاده شد؛ {there} سند از قبل در دیتابیس دفتر بودند.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/office_push.py" line="71"/>
        <source>{cases} case(s) were already in the office database with other contents and were kept as they are there; the desk&apos;s version is still on the desk. Compare them and save the right one in the office database.</source>
        <translation>{cases} دوسیه از قبل با محتوای دیگری در دیتابیس دفتر بودند و همان‌طور که آنجا هستند نگه داشته شدند؛ نسخهٔ میز کار هنوز روی میز کار است. آن‌ها را مقایسه کنید و نسخهٔ درست را در دیتابیس دفتر ذخیره کنید.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/office_push.py" line="80"/>
        <source>The office database holds all {rows} rows of the desk (counts checked).</source>
        <translation>دیتابیس دفتر همهٔ {rows} سطر میز کار را دارد (شمارها بررسی شدند).</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/office_push.py" line="85"/>
        <source>The counts differ:</source>
        <translation>شمارها فرق دارند:</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/office_push.py" line="87"/>
        <source>Run the same push again.</source>
        <translation>همان فرستادن را دوباره اجرا کنید.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/office_push.py" line="93"/>
        <source>{table}: the desk has {desk} rows, the office database holds {office}.</source>
        <translation>{table}: میز کار {desk} سطر دارد، دیتابیس دفتر {office} سطر.</translation>
    </message>
</context>
<context>
    <name>DateWords</name>
    <message>
        <location filename="../../desktop/ui/date_words.py" line="24"/>
        <source>January</source>
        <translation>جنوری</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/date_words.py" line="25"/>
        <source>February</source>
        <translation>فبروری</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/date_words.py" line="26"/>
        <source>March</source>
        <translation>مارچ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/date_words.py" line="27"/>
        <source>April</source>
        <translation>اپریل</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/date_words.py" line="28"/>
        <source>May</source>
        <translation>می</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/date_words.py" line="29"/>
        <source>June</source>
        <translation>جون</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/date_words.py" line="30"/>
        <source>July</source>
        <translation>جولای</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/date_words.py" line="31"/>
        <source>August</source>
        <translation>اگست</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/date_words.py" line="32"/>
        <source>September</source>
        <translation>سپتمبر</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/date_words.py" line="33"/>
        <source>October</source>
        <translation>اکتوبر</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/date_words.py" line="34"/>
        <source>November</source>
        <translation>نومبر</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/date_words.py" line="35"/>
        <source>December</source>
        <translation>دسمبر</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/date_words.py" line="38"/>
        <source>Hamal</source>
        <translation>حمل</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/date_words.py" line="39"/>
        <source>Sawr</source>
        <translation>ثور</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/date_words.py" line="40"/>
        <source>Jawza</source>
        <translation>جوزا</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/date_words.py" line="41"/>
        <source>Saratan</source>
        <translation>سرطان</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/date_words.py" line="42"/>
        <source>Asad</source>
        <translation>اسد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/date_words.py" line="43"/>
        <source>Sonbola</source>
        <translation>سنبله</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/date_words.py" line="44"/>
        <source>Mizan</source>
        <translation>میزان</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/date_words.py" line="45"/>
        <source>Aqrab</source>
        <translation>عقرب</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/date_words.py" line="46"/>
        <source>Qaws</source>
        <translation>قوس</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/date_words.py" line="47"/>
        <source>Jadi</source>
        <translation>جدی</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/date_words.py" line="48"/>
        <source>Dalw</source>
        <translation>دلو</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/date_words.py" line="49"/>
        <source>Hut</source>
        <translation>حوت</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/date_words.py" line="52"/>
        <source>about {date}</source>
        <translation>حدود {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/date_words.py" line="53"/>
        <source>{year} SH ({span})</source>
        <translation>{year} هـ ش ({span})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/date_words.py" line="54"/>
        <source>{month} {year} SH ({span})</source>
        <translation>{month} {year} هـ ش ({span})</translation>
    </message>
</context>
<context>
    <name>Details</name>
    <message>
        <location filename="../../desktop/ui/details.py" line="38"/>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/details.py" line="39"/>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/details.py" line="40"/>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/details.py" line="41"/>
        <location filename="../../desktop/ui/details.py" line="51"/>
        <source>Title source</source>
        <translation>منبع عنوان</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/details.py" line="42"/>
        <location filename="../../desktop/ui/details.py" line="52"/>
        <source>Date source</source>
        <translation>منبع تاریخ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/details.py" line="43"/>
        <location filename="../../desktop/ui/details.py" line="53"/>
        <source>Scans</source>
        <translation>اسکن‌ها</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/details.py" line="44"/>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/details.py" line="45"/>
        <source>Cases</source>
        <translation>دوسیه‌ها</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/details.py" line="46"/>
        <source>Tags</source>
        <translation>برچسب‌ها</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/details.py" line="47"/>
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/details.py" line="48"/>
        <source>References</source>
        <translation>مراجع</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/details.py" line="98"/>
        <source>{field}:</source>
        <translation>{field}:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/details.py" line="101"/>
        <source>Edit title and date…</source>
        <translation>ویرایش عنوان و تاریخ…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/details.py" line="112"/>
        <source>Field</source>
        <translation>بخش</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/details.py" line="113"/>
        <source>Value</source>
        <translation>مقدار</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/details.py" line="114"/>
        <source>Type</source>
        <translation>نوع</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/details.py" line="138"/>
        <source>Form fields:</source>
        <translation>بخش‌های فورمه:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/details.py" line="182"/>
        <source>This archive is open read-only: nothing can be changed here.</source>
        <translation>این آرشیف فقط برای خواندن باز است: این‌جا چیزی تغییر داده نمی‌شود.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/details.py" line="184"/>
        <source>Change the title and the date of this document.</source>
        <translation>تغییر عنوان و تاریخ این سند.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/details.py" line="217"/>
        <source>{kind} ({format}, {pages} page(s))</source>
        <translation>{kind} ({format}، {pages} صفحه)</translation>
    </message>
</context>
<context>
    <name>DetailsEditor</name>
    <message>
        <location filename="../../desktop/ui/details_editor.py" line="45"/>
        <source>YYYY-MM-DD, or empty</source>
        <translation>YYYY-MM-DD، یا خالی</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/details_editor.py" line="50"/>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/details_editor.py" line="51"/>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/details_editor.py" line="60"/>
        <source>Title:</source>
        <translation>عنوان:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/details_editor.py" line="61"/>
        <source>Date:</source>
        <translation>تاریخ:</translation>
    </message>
</context>
<context>
    <name>DocumentKinds</name>
    <message>
        <location filename="../../desktop/ui/case_words.py" line="59"/>
        <source>email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_words.py" line="60"/>
        <source>form</source>
        <translation>فورمه</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_words.py" line="61"/>
        <source>letter</source>
        <translation>مکتوب</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_words.py" line="62"/>
        <source>statement</source>
        <translation>اظهارنامه</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_words.py" line="63"/>
        <source>note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_words.py" line="64"/>
        <source>case file</source>
        <translation>دوسیه</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_words.py" line="65"/>
        <source>briefing packet</source>
        <translation>بستهٔ معلوماتی</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_words.py" line="66"/>
        <source>briefing note</source>
        <translation>یادداشت توضیحی</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_words.py" line="67"/>
        <source>summary</source>
        <translation>خلاصه</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_words.py" line="68"/>
        <source>cover</source>
        <translation>پوش</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_words.py" line="69"/>
        <source>document</source>
        <translation>سند</translation>
    </message>
</context>
<context>
    <name>DocumentLanguages</name>
    <message>
        <location filename="../../desktop/ui/case_words.py" line="73"/>
        <source>English</source>
        <translation>انگلیسی</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_words.py" line="74"/>
        <source>Dari/Persian</source>
        <translation>دری/فارسی</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_words.py" line="75"/>
        <source>Pashto</source>
        <translation>پشتو</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_words.py" line="76"/>
        <source>Urdu</source>
        <translation>اردو</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_words.py" line="77"/>
        <source>Arabic</source>
        <translation>عربی</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_words.py" line="78"/>
        <source>Mixed</source>
        <translation>چند زبانه</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_words.py" line="79"/>
        <source>Other</source>
        <translation>دیگر</translation>
    </message>
</context>
<context>
    <name>DraftingActions</name>
    <message>
        <location filename="../../desktop/ui/drafting_actions.py" line="66"/>
        <source>Checking the draft…</source>
        <translation>در حال بررسی مسوده…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drafting_actions.py" line="81"/>
        <source>Nothing was saved or printed: the {template} needs these filled in:&lt;ul&gt;{fields}&lt;/ul&gt;</source>
        <translation>چیزی ذخیره یا چاپ نشد: {template} به پر کردن این‌ها ضرورت دارد:&lt;ul&gt;{fields}&lt;/ul&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drafting_actions.py" line="113"/>
        <source>the draft</source>
        <translation>مسوده</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drafting_actions.py" line="137"/>
        <source>Saving {name}…</source>
        <translation>در حال ذخیرهٔ {name}…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drafting_actions.py" line="172"/>
        <source>Printed 1 page.</source>
        <translation>1 صفحه چاپ شد.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drafting_actions.py" line="174"/>
        <source>Printed {pages} pages.</source>
        <translation>{pages} صفحه چاپ شد.</translation>
    </message>
</context>
<context>
    <name>DraftingForm</name>
    <message>
        <location filename="../../desktop/ui/drafting_form.py" line="44"/>
        <source>Required: fill this in before the draft can be saved or printed.</source>
        <translation>ضروری: پیش از ذخیره یا چاپ مسوده، این را پر کنید.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drafting_form.py" line="47"/>
        <source>Write the date as YYYY-MM-DD, e.g. 2025-04-30.</source>
        <translation>تاریخ را به شکل YYYY-MM-DD بنویسید، مثلاً 2025-04-30.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drafting_form.py" line="92"/>
        <source>These templates cannot be used:
</source>
        <translation>از این قالب‌ها استفاده شده نمی‌تواند:
</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drafting_form.py" line="159"/>
        <source>This template has nothing to fill in.</source>
        <translation>این قالب چیزی برای پر کردن ندارد.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drafting_form.py" line="212"/>
        <source>● required</source>
        <translation>● ضروری</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drafting_form.py" line="219"/>
        <source>(optional)</source>
        <translation>(اختیاری)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drafting_form.py" line="244"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drafting_form.py" line="288"/>
        <source>Document id, or one of the case&apos;s</source>
        <translation>شمارهٔ سند، یا یکی از اسناد دوسیه</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drafting_form.py" line="291"/>
        <source>page: auto</source>
        <translation>صفحه: خودکار</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drafting_form.py" line="292"/>
        <source>page </source>
        <translation>صفحهٔ </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drafting_form.py" line="293"/>
        <source>&amp;Cite</source>
        <translation>استناد (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drafting_form.py" line="294"/>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drafting_form.py" line="351"/>
        <source>Type a document&apos;s id, or choose one of the case&apos;s documents.</source>
        <translation>شمارهٔ یک سند را بنویسید، یا یکی از اسناد دوسیه را انتخاب کنید.</translation>
    </message>
</context>
<context>
    <name>DraftingJobs</name>
    <message>
        <location filename="../../desktop/ui/drafting_jobs.py" line="111"/>
        <source>Choose the case to draft for.</source>
        <translation>دوسیه‌ای را که مسوده برای آن است انتخاب کنید.</translation>
    </message>
</context>
<context>
    <name>DraftingOutput</name>
    <message>
        <location filename="../../desktop/ui/drafting_output.py" line="28"/>
        <source>PDF document (*.pdf)</source>
        <translation>سند PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drafting_output.py" line="29"/>
        <source>Web page (*.html *.htm)</source>
        <translation>صفحهٔ وب (*.html *.htm)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drafting_output.py" line="30"/>
        <source>Word document (*.docx)</source>
        <translation>سند Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drafting_output.py" line="62"/>
        <source>Save the draft as {format}</source>
        <translation>ذخیرهٔ مسوده به شکل {format}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drafting_output.py" line="80"/>
        <source> (1 page)</source>
        <translation> (1 صفحه)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drafting_output.py" line="82"/>
        <source> ({pages} pages)</source>
        <translation> ({pages} صفحه)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drafting_output.py" line="86"/>
        <source>Saved to {target}{pages}.</source>
        <translation>در {target}{pages} ذخیره شد.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drafting_output.py" line="91"/>
        <source>Encrypted: it opens only with its password.</source>
        <translation>رمزگذاری شد: فقط با رمز آن باز می‌شود.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drafting_output.py" line="94"/>
        <source>Removed: {kinds}.</source>
        <translation>حذف شد: {kinds}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drafting_output.py" line="98"/>
        <source>Kept in the archive (not searchable): {path}</source>
        <translation>در آرشیف نگهداری شد (قابل جستجو نیست): {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drafting_output.py" line="104"/>
        <source>Kept in the archive as document {document_id}: {path}</source>
        <translation>به حیث سند {document_id} در آرشیف نگهداری شد: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drafting_output.py" line="110"/>
        <source>Warning: {missing_glyphs} character(s) have no glyph in any installed font and show as boxes; install fonts-noto-core.</source>
        <translation>هشدار: {missing_glyphs} حرف در هیچ فونت نصب‌شده شکل ندارد و به شکل چارخانه دیده می‌شود؛ fonts-noto-core را نصب کنید.</translation>
    </message>
</context>
<context>
    <name>DraftingView</name>
    <message>
        <location filename="../../desktop/ui/drafting_view.py" line="124"/>
        <source>Draft — {case}</source>
        <translation>مسوده — {case}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drafting_view.py" line="125"/>
        <source>choose a case</source>
        <translation>یک دوسیه انتخاب کنید</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drafting_view.py" line="145"/>
        <source>Include &amp;confidential information</source>
        <translation>شامل کردن معلومات محرم (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drafting_view.py" line="149"/>
        <source>Numbers, dates of birth, location and notes the case marks confidential stay out of the draft unless this is ticked.</source>
        <translation>نمبرها، تاریخ‌های تولد، محل و یادداشت‌هایی که دوسیه محرم نشانی کرده، در مسوده نمی‌آیند مگر آن‌که این نشانی شود.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drafting_view.py" line="157"/>
        <source>&amp;Encrypt the PDF with a password</source>
        <translation>رمزگذاری PDF با یک رمز (&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drafting_view.py" line="165"/>
        <source>Save as &amp;PDF…</source>
        <translation>ذخیره به شکل PDF… (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drafting_view.py" line="168"/>
        <source>Save as &amp;HTML…</source>
        <translation>ذخیره به شکل HTML… (&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drafting_view.py" line="171"/>
        <source>Save as &amp;Word…</source>
        <translation>ذخیره به شکل Word… (&amp;W)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drafting_view.py" line="174"/>
        <source>P&amp;rint…</source>
        <translation>چاپ… (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drafting_view.py" line="176"/>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drafting_view.py" line="183"/>
        <source>The archive is open read-only here: drafts cannot be kept or printed.</source>
        <translation>آرشیف این‌جا فقط برای خواندن باز است: مسوده‌ها نگهداری یا چاپ شده نمی‌توانند.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drafting_view.py" line="212"/>
        <source>C&amp;ase</source>
        <translation>دوسیه (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drafting_view.py" line="213"/>
        <source>&amp;Template</source>
        <translation>قالب (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drafting_view.py" line="223"/>
        <source>Documents cited</source>
        <translation>اسناد مورد استناد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drafting_view.py" line="234"/>
        <source>When it leaves the office: &amp;remove these, encrypt</source>
        <translation>وقتی از دفتر بیرون می‌رود: حذف این‌ها، رمزگذاری (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drafting_view.py" line="242"/>
        <source>&lt;b&gt;Preview&lt;/b&gt;</source>
        <translation>&lt;b&gt;پیش‌نمایش&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drafting_view.py" line="292"/>
        <source>(choose a case)</source>
        <translation>(یک دوسیه انتخاب کنید)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drafting_view.py" line="300"/>
        <source>Draft — {chosen}</source>
        <translation>مسوده — {chosen}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drafting_view.py" line="398"/>
        <source>Also needed: {fields}.</source>
        <translation>این‌ها هم ضروری است: {fields}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drafting_view.py" line="426"/>
        <source>What you typed in this draft has not been saved or printed. Close it anyway?</source>
        <translation>آنچه در این مسوده نوشتید ذخیره یا چاپ نشده است. باز هم بسته شود؟</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop/ui/errors.py" line="42"/>
        <source>CaseDesk hit an unexpected error ({error}). Everything already saved in the archive is safe. Details are in {log_file}.</source>
        <translation>CaseDesk با یک خطای غیرمنتظره روبرو شد ({error}). هر چه در آرشیف ذخیره شده، سالم است. جزئیات در {log_file} است.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="51"/>
        <source>CaseDesk</source>
        <translation>CaseDesk</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="15"/>
        <source>No CaseDesk archive at {root}. Add documents first (casedesk add), or choose another archive with --archive.</source>
        <translation>در ⁦{root}⁩ آرشیف CaseDesk نیست. اول اسناد را اضافه کنید (⁦casedesk add⁩)، یا با ⁦--archive⁩ آرشیف دیگری را انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="20"/>
        <source>This folder holds no CaseDesk archive (no catalog.sqlite).</source>
        <translation>در این فولدر آرشیف CaseDesk نیست (فایل ⁦catalog.sqlite⁩ ندارد).</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="21"/>
        <source>The archive&apos;s search index is missing or damaged: run casedesk reindex.</source>
        <translation>فهرست جستجوی آرشیف نیست یا خراب شده است: ⁦casedesk reindex⁩ را اجرا کنید.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="24"/>
        <source>Cannot create the archive folder {root}: {reason}.</source>
        <translation>فولدر آرشیف ⁦{root}⁩ ساخته نشد: ⁦{reason}⁩.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="25"/>
        <source>This archive is being changed by another CaseDesk: &apos;{command}&apos;. Wait for it to finish, or close the other CaseDesk window, then try again.</source>
        <translation>این آرشیف را یک CaseDesk دیگر تغییر می‌دهد: ⁦{command}⁩. صبر کنید تا تمام شود، یا پنجرهٔ دیگر CaseDesk را ببندید، بعد دوباره کوشش کنید.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="30"/>
        <source>This archive is being changed by another CaseDesk: &apos;{command}&apos; (process {pid} on {host}, since {since}). Wait for it to finish, or close the other CaseDesk window, then try again.</source>
        <translation>این آرشیف را یک CaseDesk دیگر تغییر می‌دهد: ⁦{command}⁩ (پروسهٔ ⁦{pid}⁩ در ⁦{host}⁩، از ⁦{since}⁩). صبر کنید تا تمام شود، یا پنجرهٔ دیگر CaseDesk را ببندید، بعد دوباره کوشش کنید.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="37"/>
        <source>Another CaseDesk window or command is writing: &apos;{command}&apos;, waiting…</source>
        <translation>یک پنجره یا فرمان دیگر CaseDesk در حال نوشتن است: ⁦{command}⁩؛ منتظر هستیم…</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="40"/>
        <source>Another CaseDesk window or command is writing: &apos;{command}&apos; (process {pid} on {host}, since {since}), waiting…</source>
        <translation>یک پنجره یا فرمان دیگر CaseDesk در حال نوشتن است: ⁦{command}⁩ (پروسهٔ ⁦{pid}⁩ در ⁦{host}⁩، از ⁦{since}⁩)؛ منتظر هستیم…</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="46"/>
        <source>Case {case_id} was changed in another window or by a command at {when} by the account &apos;{who}&apos; after you opened it, so your changes were not saved over it. Reload the case to see the newer version, then make your changes again.</source>
        <translation>دوسیهٔ ⁦{case_id}⁩ پس از آن که شما آن را باز کردید، در یک پنجرهٔ دیگر یا با یک فرمان در ⁦{when}⁩ توسط حساب ⁦{who}⁩ تغییر کرد؛ بنابراین تغییرات شما روی آن ذخیره نشد. دوسیه را دوباره بارگیری کنید تا نسخهٔ تازه‌تر را ببینید، بعد تغییرات خود را دوباره انجام دهید.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="52"/>
        <source>Case {case_id} was changed in another window or by a command at {when} after you opened it, so your changes were not saved over it. Reload the case to see the newer version, then make your changes again.</source>
        <translation>دوسیهٔ ⁦{case_id}⁩ پس از آن که شما آن را باز کردید، در یک پنجرهٔ دیگر یا با یک فرمان در ⁦{when}⁩ تغییر کرد؛ بنابراین تغییرات شما روی آن ذخیره نشد. دوسیه را دوباره بارگیری کنید تا نسخهٔ تازه‌تر را ببینید، بعد تغییرات خود را دوباره انجام دهید.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="58"/>
        <source>The disk is full (or read-only) where the archive is kept, so nothing more could be saved. Everything saved before is kept and the archive is sound. Free some space, then run the same command again to finish.</source>
        <translation>دیسکی که آرشیف در آن نگه داشته می‌شود پُر است (یا فقط خواندنی است)، پس چیز دیگری ذخیره شده نتوانست. هر چه پیش‌تر ذخیره شده بود نگه داشته شده و آرشیف سالم است. کمی جای خالی کنید، بعد برای تمام کردن همین فرمان را دوباره اجرا کنید.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="64"/>
        <source>The archive is open read-only here; outputs cannot be saved.</source>
        <translation>این آرشیف این‌جا فقط برای خواندن باز است؛ نتیجه‌ها ذخیره شده نمی‌توانند.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="66"/>
        <source>Adding files stopped unexpectedly: the process adding them ended. What was added before is kept and the archive is sound. Add the same files again to finish.</source>
        <translation>افزودن فایل‌ها ناگهان متوقف شد: پروسه‌ای که آن‌ها را می‌افزود بسته شد. هر چه پیش‌تر افزوده شده بود نگه داشته شده و آرشیف سالم است. برای تمام کردن، همین فایل‌ها را دوباره بیفزایید.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="72"/>
        <source>There is no document {doc_id} in this archive.</source>
        <translation>سند شمارهٔ ⁦{doc_id}⁩ در این آرشیف نیست.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="73"/>
        <source>There is no case {case_id} in this archive.</source>
        <translation>دوسیهٔ ⁦{case_id}⁩ در این آرشیف نیست.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="75"/>
        <source>There is no CaseDesk archive at {root} to back up.</source>
        <translation>در ⁦{root}⁩ آرشیف CaseDesk نیست که از آن نسخهٔ احتیاطی گرفته شود.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="76"/>
        <source>The password is not the one this backup was made with, so it cannot be opened. Check the password (letters, digits and case must match) and try again.</source>
        <translation>این رمز همان رمزی نیست که این نسخهٔ احتیاطی با آن ساخته شده، پس باز شده نمی‌تواند. رمز را بررسی کنید (حروف، ارقام و حروف کلان و خورد باید یکی باشند) و دوباره کوشش کنید.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="81"/>
        <source>The backup file is damaged or incomplete (it was changed or cut short after it was written), so it cannot be restored. Use another backup.</source>
        <translation>فایل نسخهٔ احتیاطی خراب یا ناقص است (پس از نوشتن تغییر داده شده یا کوتاه شده است)، پس بازگردانده شده نمی‌تواند. از نسخهٔ احتیاطی دیگری کار بگیرید.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="86"/>
        <source>This file is not an encrypted CaseDesk backup.</source>
        <translation>این فایل نسخهٔ احتیاطی رمزگذاری‌شدهٔ CaseDesk نیست.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="87"/>
        <source>This backup is encrypted: give its password.</source>
        <translation>این نسخهٔ احتیاطی رمزگذاری شده است: رمز آن را بدهید.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="88"/>
        <source>The password is empty.</source>
        <translation>رمز خالی است.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="89"/>
        <source>The two passwords differ; nothing was backed up.</source>
        <translation>دو رمز با هم فرق دارند؛ از هیچ چیزی نسخهٔ احتیاطی گرفته نشد.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="91"/>
        <source>The template {where} is broken: {reason}</source>
        <translation>قالب ⁦{where}⁩ خراب است: ⁦{reason}⁩</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="92"/>
        <source>The template {where} tried to use something templates may not use ({reason}). Nothing was drafted; check where this template came from.</source>
        <translation>قالب ⁦{where}⁩ خواست از چیزی کار بگیرد که قالب‌ها اجازهٔ کار گرفتن از آن را ندارند (⁦{reason}⁩). هیچ چیزی مسوده نشد؛ بررسی کنید این قالب از کجا آمده است.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="97"/>
        <source>The {template} cannot be drafted yet. Missing: {labels}.</source>
        <translation>⁦{template}⁩ هنوز مسوده شده نمی‌تواند. کم است: ⁦{labels}⁩.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="98"/>
        <source>Nothing was drafted: a value chosen for redaction could still be read in the letter ({places}). Check the fields you typed in and try again.</source>
        <translation>هیچ چیزی مسوده نشد: یک معلومات که برای حذف انتخاب شده بود هنوز در مکتوب خوانده می‌شد (⁦{places}⁩). خانه‌هایی را که نوشتید بررسی کنید و دوباره کوشش کنید.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="103"/>
        <source>Nothing was drafted: a value chosen for redaction could still be read in the Word letter. Check the fields you typed in and try again.</source>
        <translation>هیچ چیزی مسوده نشد: یک معلومات که برای حذف انتخاب شده بود هنوز در مکتوب Word خوانده می‌شد. خانه‌هایی را که نوشتید بررسی کنید و دوباره کوشش کنید.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="109"/>
        <source>The packet was not built: a scanned page could not be read well enough to be sure no value chosen for redaction is on it ({stamps}). Leave that document out, or build again choosing to black such pages out.</source>
        <translation>بستهٔ معلوماتی ساخته نشد: یک صفحهٔ اسکن‌شده آن‌قدر خوب خوانده نشد که مطمئن شویم هیچ معلومات انتخاب‌شده برای حذف در آن نیست (⁦{stamps}⁩). آن سند را بیرون بگذارید، یا دوباره بسازید و سیاه کردن چنین صفحه‌ها را انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="115"/>
        <source>The packet was not built: {count} scanned pages could not be read well enough to be sure no value chosen for redaction is on them ({stamps}). Leave that document out, or build again choosing to black such pages out.</source>
        <translation>بستهٔ معلوماتی ساخته نشد: {count} صفحهٔ اسکن‌شده آن‌قدر خوب خوانده نشدند که مطمئن شویم هیچ معلومات انتخاب‌شده برای حذف در آن‌ها نیست (⁦{stamps}⁩). آن سند را بیرون بگذارید، یا دوباره بسازید و سیاه کردن چنین صفحه‌ها را انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="121"/>
        <source>These PDFs are password-protected and need their password to go into the packet (CaseDesk does not keep passwords): {named}.</source>
        <translation>این PDFها رمز دارند و برای رفتن به بستهٔ معلوماتی رمز خود را می‌خواهند (CaseDesk رمزها را نگه نمی‌دارد): ⁦{named}⁩.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="127"/>
        <source>This archive was written by a newer CaseDesk (catalog version {found}, this program knows up to {known}). Update CaseDesk to open it.</source>
        <translation>این آرشیف با یک CaseDesk نوتر نوشته شده (نسخهٔ کتلاگ {found}، این برنامه تا {known} را می‌شناسد). برای باز کردن آن CaseDesk را تازه کنید.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="132"/>
        <source>Cannot redact {unknown}: choose from {kinds}.</source>
        <translation>⁦{unknown}⁩ را نمی‌توان حذف کرد: از این‌ها انتخاب کنید: ⁦{kinds}⁩.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="134"/>
        <source>Nothing was kept: the Word {title} still holds template tags ({{{{ … }}}} or {{% … %}}) after filling in; check the Word template.</source>
        <translation>هیچ چیز نگه داشته نشد: {title} Word پس از پر کردن هنوز نشانه‌های قالب (⁦{{{{ … }}}}⁩ یا ⁦{{% … %}}⁩) دارد؛ قالب Word را بررسی کنید.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="139"/>
        <source>Nothing was kept: the Word {title} does not show {what}; check that the Word template uses it.</source>
        <translation>هیچ چیز نگه داشته نشد: {title} Word ⁦{what}⁩ را نشان نمی‌دهد؛ بررسی کنید که قالب Word آن را به کار می‌برد.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="144"/>
        <source>Nothing was kept: the Word letter could not be read back ({reason}).</source>
        <translation>هیچ چیز نگه داشته نشد: مکتوب Word دوباره خوانده نشد (⁦{reason}⁩).</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="148"/>
        <source>A document needs a title: the title cannot be empty.</source>
        <translation>هر سند عنوان لازم دارد: عنوان نمی‌تواند خالی باشد.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="149"/>
        <source>A title can be at most {limit} characters long.</source>
        <translation>عنوان حداکثر می‌تواند {limit} حرف باشد.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="150"/>
        <source>Write the date as year-month-day, for example 2021-03-03 (or leave it empty).</source>
        <translation>تاریخ را به شکل سال-ماه-روز بنویسید، مثلاً ⁦2021-03-03⁩ (یا آن را خالی بگذارید).</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="153"/>
        <source>The date must be between 1900-01-01 and today.</source>
        <translation>تاریخ باید میان ⁦1900-01-01⁩ و امروز باشد.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="155"/>
        <source>{name} is not a spreadsheet CaseDesk reads: use .csv or .xlsx.</source>
        <translation>⁦{name}⁩ جدولی نیست که CaseDesk بخواند: ⁦.csv⁩ یا ⁦.xlsx⁩ را به کار ببرید.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="156"/>
        <source>{name} is empty: its first row should name the columns.</source>
        <translation>⁦{name}⁩ خالی است: سطر اول آن باید نام ستون‌ها را بگوید.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="157"/>
        <source>{name} has no case number column: its first row should name the columns (case_id, name, relationship, … — see docs/IMPORT.md).</source>
        <translation>⁦{name}⁩ ستون نمبر دوسیه ندارد: سطر اول آن باید نام ستون‌ها را بگوید (⁦case_id, name, relationship, …⁩ — ⁦docs/IMPORT.md⁩ را ببینید).</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="162"/>
        <source>{name} is not an Excel workbook CaseDesk can read.</source>
        <translation>⁦{name}⁩ کتاب Excel نیست که CaseDesk بتواند بخواند.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="163"/>
        <source>{name} is damaged or not an Excel .xlsx workbook.</source>
        <translation>⁦{name}⁩ خراب است یا کتاب ‎.xlsx Excel نیست.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="165"/>
        <source>The logo is set from a picture file (casedesk office --logo FILE).</source>
        <translation>لوگو از یک فایل عکس تعیین می‌شود (⁦casedesk office --logo FILE⁩).</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="168"/>
        <source>The logo {name} cannot be read: {reason}.</source>
        <translation>لوگوی ⁦{name}⁩ خوانده نمی‌شود: {reason}.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="169"/>
        <source>The logo {name} is larger than 2 MB; use a smaller picture.</source>
        <translation>لوگوی ⁦{name}⁩ بزرگ‌تر از 2 MB است؛ عکس کوچک‌تری را به کار ببرید.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="170"/>
        <source>The logo {name} is not a PNG or JPEG picture.</source>
        <translation>لوگوی ⁦{name}⁩ عکس PNG یا JPEG نیست.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="172"/>
        <source>That is not a valid pattern: {reason}.</source>
        <translation>این یک الگوی درست نیست: {reason}.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="173"/>
        <source>That pattern matches empty text; it must match a case number.</source>
        <translation>این الگو با متن خالی مطابقت دارد؛ باید با یک نمبر دوسیه مطابقت داشته باشد.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="174"/>
        <source>Say what to change: --title, --date or both.</source>
        <translation>بگویید چه چیزی تغییر کند: ⁦--title⁩، ⁦--date⁩ یا هر دو.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="175"/>
        <source>--id {case_id} and the id in {file} differ.</source>
        <translation>⁦--id {case_id}⁩ و نمبر داخل ⁦{file}⁩ فرق دارند.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="176"/>
        <source>Give the case number with --id (e.g. --id AFG-2024-00137).</source>
        <translation>نمبر دوسیه را با ⁦--id⁩ بدهید (مثلاً ⁦--id AFG-2024-00137⁩).</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="177"/>
        <source>Case {case_id} already exists; change it with: casedesk case edit {case_id} ...</source>
        <translation>دوسیهٔ ⁦{case_id}⁩ از پیش وجود دارد؛ آن را با این تغییر دهید: ⁦casedesk case edit {case_id} ...⁩</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="181"/>
        <source>{file} holds a list of cases: {flags} cannot say which; put the values in the file.</source>
        <translation>⁦{file}⁩ فهرستی از دوسیه‌ها دارد: ⁦{flags}⁩ نمی‌تواند بگوید کدام؛ مقدارها را در فایل بگذارید.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="185"/>
        <source>There is no case {case_id} in this archive (add it with casedesk case add).</source>
        <translation>دوسیهٔ ⁦{case_id}⁩ در این آرشیف نیست (آن را با ⁦casedesk case add⁩ بیفزایید).</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="188"/>
        <source>{file} is about case {case_id}, not {other}.</source>
        <translation>⁦{file}⁩ دربارهٔ دوسیهٔ ⁦{case_id}⁩ است، نه ⁦{other}⁩.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="189"/>
        <source>--today takes a date written YYYY-MM-DD, not {given}.</source>
        <translation>⁦--today⁩ تاریخی به شکل ⁦YYYY-MM-DD⁩ می‌گیرد، نه ⁦{given}⁩.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="190"/>
        <source>{file} holds a list of cases; casedesk case edit changes one.</source>
        <translation>⁦{file}⁩ فهرستی از دوسیه‌ها دارد؛ ⁦casedesk case edit⁩ یکی را تغییر می‌دهد.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="191"/>
        <source>Cannot read {file}: {reason}.</source>
        <translation>⁦{file}⁩ خوانده نمی‌شود: {reason}.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="192"/>
        <source>{file} is not a JSON file in UTF-8 ({reason}).</source>
        <translation>⁦{file}⁩ یک فایل JSON به UTF-8 نیست ({reason}).</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="193"/>
        <source>--member needs at least a name: &quot;NAME|RELATIONSHIP|BIRTHDATE&quot;, not {given}.</source>
        <translation>⁦--member⁩ دست‌کم یک نام لازم دارد: ⁦&quot;NAME|RELATIONSHIP|BIRTHDATE&quot;⁩، نه ⁦{given}⁩.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="196"/>
        <source>--deadline takes KIND=DATE, e.g. &quot;visa expiry=2025-03-01&quot;, not {given}.</source>
        <translation>⁦--deadline⁩ به شکل ⁦KIND=DATE⁩ است، مثلاً ⁦&quot;visa expiry=2025-03-01&quot;⁩، نه ⁦{given}⁩.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="199"/>
        <source>An Excel workbook cannot be shown here: name a file with -o FILE.xlsx.</source>
        <translation>یک کتاب Excel اینجا نشان داده نمی‌شود: با ⁦-o FILE.xlsx⁩ یک فایل نام ببرید.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="202"/>
        <source>Only PDF drafts can be protected with a password; write to .pdf.</source>
        <translation>فقط مسوده‌های PDF با رمز محافظت می‌شوند؛ در ⁦.pdf⁩ بنویسید.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="203"/>
        <source>Write the draft to a .pdf, .html or .docx file, not {name}.</source>
        <translation>مسوده را در یک فایل ⁦.pdf⁩، ⁦.html⁩ یا ⁦.docx⁩ بنویسید، نه ⁦{name}⁩.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="204"/>
        <source>--set takes FIELD=VALUE, not {given}.</source>
        <translation>⁦--set⁩ به شکل ⁦FIELD=VALUE⁩ است، نه ⁦{given}⁩.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="205"/>
        <source>Write the packet to a .pdf file, not {name}.</source>
        <translation>بسته را در یک فایل ⁦.pdf⁩ بنویسید، نه ⁦{name}⁩.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="206"/>
        <source>Give a PDF&apos;s password as --pdf-password DOC_ID=PASSWORD (the document&apos;s number, as casedesk search and show print it).</source>
        <translation>رمز یک PDF را به شکل ⁦--pdf-password DOC_ID=PASSWORD⁩ بدهید (نمبر سند، همان‌طور که ⁦casedesk search⁩ و ⁦show⁩ آن را چاپ می‌کنند).</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="212"/>
        <source>The connection to the office server was lost; nothing was saved by this step. Check that the server is running and reachable, then try again.</source>
        <translation>اتصال با سرور دفتر قطع شد؛ این مرحله چیزی ذخیره نکرد. ببینید سرور روشن و در دسترس است، بعد دوباره کوشش کنید.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="217"/>
        <source>The database {database} on {server} is not a CaseDesk office database (or is not set up yet: casedesk office-server init sets it up).</source>
        <translation>دیتابیس ⁦{database}⁩ در ⁦{server}⁩ دیتابیس دفتر CaseDesk نیست (یا هنوز آماده نشده است: ⁦casedesk office-server init⁩ آن را آماده می‌کند).</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="222"/>
        <source>The database {database} on {server} was set up by a newer CaseDesk (schema version {version}; this program knows up to {known}). Update CaseDesk to check it.</source>
        <translation>دیتابیس ⁦{database}⁩ در ⁦{server}⁩ را یک CaseDesk نوتر آماده کرده است (نسخهٔ ساختار {version}؛ این برنامه تا {known} را می‌شناسد). برای بررسی آن CaseDesk را به‌روز کنید.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="228"/>
        <source>The office server could not be reached (database {database} on {server}). Check that it is running and that this computer is on the office network, then try again.</source>
        <translation>سرور دفتر در دسترس نیست (دیتابیس ⁦{database}⁩ در ⁦{server}⁩). ببینید روشن است و این کمپیوتر به شبکهٔ دفتر وصل است، بعد دوباره کوشش کنید.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="234"/>
        <source>The office server refused this: your login is not allowed to make this change. Ask the office&apos;s administrator for the volunteer or admin role.</source>
        <translation>سرور دفتر این کار را نپذیرفت: ورود شما اجازهٔ این تغییر را ندارد. از مدیر دفتر نقش رضاکار یا مدیر را بخواهید.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="239"/>
        <source>The office server refused the login (database {database} on {server}): the user name or password is wrong. Check them, or the password in ~/.pgpass or PGPASSWORD.</source>
        <translation>سرور دفتر ورود را نپذیرفت (دیتابیس ⁦{database}⁩ در ⁦{server}⁩): نام کاربر یا رمز غلط است. آن‌ها را بررسی کنید، یا رمز را در ⁦~/.pgpass⁩ یا ⁦PGPASSWORD⁩ ببینید.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="245"/>
        <source>There is no database {database} on {server}. Check the database name in the address.</source>
        <translation>دیتابیس ⁦{database}⁩ در ⁦{server}⁩ وجود ندارد. نام دیتابیس را در آدرس بررسی کنید.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="249"/>
        <source>The office server has no such user (database {database} on {server}). Ask the office&apos;s administrator to add you (casedesk office-server add-user).</source>
        <translation>سرور دفتر چنین کاربری ندارد (دیتابیس ⁦{database}⁩ در ⁦{server}⁩). از مدیر دفتر بخواهید شما را اضافه کند (⁦casedesk office-server add-user⁩).</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="254"/>
        <source>That is not a valid address of an office database; it looks like postgresql://user@server/database (special characters in it %-encoded).</source>
        <translation>این آدرس درست یک دیتابیس دفتر نیست؛ شکل آن چنین است: ⁦postgresql://user@server/database⁩ (نشانه‌های خاص در آن به شکل ⁦%⁩ رمزگذاری شوند).</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="259"/>
        <source>The office server could not be reached (database {database} on {server}), or the connection was lost.</source>
        <translation>سرور دفتر در دسترس نبود (دیتابیس ⁦{database}⁩ در ⁦{server}⁩)، یا اتصال قطع شد.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="264"/>
        <source>The office server refused: this login may not add documents (it is a reader). Nothing was added. Ask the office&apos;s administrator for the volunteer role.</source>
        <translation>سرور دفتر نپذیرفت: این ورود اجازهٔ افزودن اسناد را ندارد (خواننده است). چیزی افزوده نشد. از مدیر دفتر نقش رضاکار را بخواهید.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="269"/>
        <source>Lost the office server; trying again in {seconds} s.</source>
        <translation>اتصال با سرور دفتر قطع شد؛ پس از {seconds} ثانیه دوباره کوشش می‌شود.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="270"/>
        <source>The database {database} on {server} was set up by a newer CaseDesk (schema version {version}). Update CaseDesk to search it.</source>
        <translation>دیتابیس ⁦{database}⁩ در ⁦{server}⁩ را یک CaseDesk نوتر آماده کرده است (نسخهٔ ساختار {version}). برای جستجو در آن CaseDesk را به‌روز کنید.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="275"/>
        <source>This login may not read the documents of the database {database} on {server}. Ask the office&apos;s administrator to make it a reader or a volunteer.</source>
        <translation>این ورود اجازهٔ خواندن اسناد دیتابیس ⁦{database}⁩ در ⁦{server}⁩ را ندارد. از مدیر دفتر بخواهید آن را خواننده یا رضاکار بسازد.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="280"/>
        <source>The connection to the office server was lost (database {database} on {server}). The search index on this computer is kept; run the same command again once the server is back.</source>
        <translation>اتصال با سرور دفتر قطع شد (دیتابیس ⁦{database}⁩ در ⁦{server}⁩). فهرست جستجوی این کمپیوتر نگه داشته شد؛ وقتی سرور برگشت، همان فرمان را دوباره اجرا کنید.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="286"/>
        <source>This computer has no search index of the office database yet: run casedesk office-server sync.</source>
        <translation>این کمپیوتر هنوز فهرست جستجوی دیتابیس دفتر را ندارد: ⁦casedesk office-server sync⁩ را اجرا کنید.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="291"/>
        <source>The office server refused the push: this login may not write into the office database. Push with a login of the admin role (casedesk office-server add-user).</source>
        <translation>سرور دفتر فرستادن را نپذیرفت: این ورود اجازهٔ نوشتن در دیتابیس دفتر را ندارد. با ورودی از نقش مدیر بفرستید (⁦casedesk office-server add-user⁩).</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="296"/>
        <source>The connection to the office server was lost during the push (database {database} on {server}). What was pushed is kept whole; run the same push again to finish.</source>
        <translation>اتصال با سرور دفتر در میان فرستادن قطع شد (دیتابیس ⁦{database}⁩ در ⁦{server}⁩). آنچه فرستاده شد کامل نگه داشته شده است؛ برای تمام کردن، همان فرستادن را دوباره اجرا کنید.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="302"/>
        <source>The office server could not take the push ({reason}). Nothing half-written is kept; run casedesk check on both, then the push again.</source>
        <translation>سرور دفتر فرستادن را نتوانست بپذیرد (⁦{reason}⁩). چیز نیمه‌نوشته‌ای نگه داشته نشد؛ ⁦casedesk check⁩ را روی هر دو اجرا کنید، بعد دوباره بفرستید.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="307"/>
        <source>A login name is lower-case letters, digits and _ (at most 63), starting with a letter, for example farid_k.</source>
        <translation>نام ورود از حروف کوچک لاتین، رقم‌ها و ⁦_⁩ است (حد اکثر ۶۳)، و با یک حرف شروع می‌شود، مثلاً ⁦farid_k⁩.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="312"/>
        <source>The password is empty; give one (it is not shown as you type).</source>
        <translation>رمز خالی است؛ یک رمز بدهید (هنگام نوشتن دیده نمی‌شود).</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="313"/>
        <source>A login of that name already exists on this server.</source>
        <translation>ورودی با این نام از قبل روی این سرور است.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="314"/>
        <source>The database {database} on {server} was set up by a newer CaseDesk (schema version {version}; this program knows up to {known}). Update CaseDesk to use it.</source>
        <translation>دیتابیس ⁦{database}⁩ در ⁦{server}⁩ را یک CaseDesk نوتر آماده کرده است (نسخهٔ ساختار {version}؛ این برنامه تا {known} را می‌شناسد). برای استفاده از آن CaseDesk را به‌روز کنید.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="319"/>
        <source>This login may not set up the database {database} on {server}: init needs the database&apos;s owner with the right to create roles (CREATEROLE), such as the postgres user.</source>
        <translation>این ورود اجازهٔ آماده کردن دیتابیس ⁦{database}⁩ در ⁦{server}⁩ را ندارد: ⁦init⁩ به مالک دیتابیس با اجازهٔ ساختن نقش‌ها (⁦CREATEROLE⁩) ضرورت دارد، مانند کاربر ⁦postgres⁩.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="325"/>
        <source>This login may not add users: that needs the right to create roles (CREATEROLE), such as the postgres user or the database&apos;s owner.</source>
        <translation>این ورود اجازهٔ افزودن کاربر را ندارد: این کار به اجازهٔ ساختن نقش‌ها (⁦CREATEROLE⁩) ضرورت دارد، مانند کاربر ⁦postgres⁩ یا مالک دیتابیس.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="330"/>
        <source>The two passwords differ; nothing was changed. Try again.</source>
        <translation>دو رمز فرق دارند؛ چیزی تغییر نکرد. دوباره کوشش کنید.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="332"/>
        <source>The role {role} is missing: run casedesk office-server init.</source>
        <translation>نقش ⁦{role}⁩ وجود ندارد: ⁦casedesk office-server init⁩ را اجرا کنید.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="333"/>
        <source>The role {role} is without its rights on this database: run casedesk office-server init.</source>
        <translation>نقش ⁦{role}⁩ در این دیتابیس صلاحیت‌های خود را ندارد: ⁦casedesk office-server init⁩ را اجرا کنید.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="337"/>
        <source>This login may not read {table}; its rows were not counted.</source>
        <translation>این ورود اجازهٔ خواندن ⁦{table}⁩ را ندارد؛ سطرهای آن شمرده نشد.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="338"/>
        <source>The original {original} is incomplete: {have} of {expected} parts are there ({stored} of {size} bytes). Add the file again, or restore it from a backup.</source>
        <translation>فایل اصلی ⁦{original}⁩ ناقص است: {have} از {expected} بخش موجود است ({stored} از {size} بایت). فایل را دوباره اضافه کنید، یا آن را از یک نسخهٔ احتیاطی بازگردانید.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="343"/>
        <source>The original {original} does not match its fingerprint (SHA-256): its content is damaged. Add the file again, or restore it from a backup.</source>
        <translation>فایل اصلی ⁦{original}⁩ با اثر انگشت خود (SHA-256) برابر نیست: محتوای آن خراب شده است. فایل را دوباره اضافه کنید، یا آن را از یک نسخهٔ احتیاطی بازگردانید.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="349"/>
        <source>The case was not saved: {problem}</source>
        <translation>دوسیه ذخیره نشد: {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="350"/>
        <source>The case was not saved:
{lines}</source>
        <translation>دوسیه ذخیره نشد:
{lines}</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="405"/>
        <source>No case was added:
{lines}</source>
        <translation>هیچ دوسیه اضافه نشد:
{lines}</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="427"/>
        <source>The backup was stopped; no backup file was kept.</source>
        <translation>گرفتن نسخهٔ احتیاطی متوقف شد؛ هیچ فایل نسخهٔ احتیاطی نگه داشته نشد.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="428"/>
        <source>The archive&apos;s catalog is damaged, so it was not backed up: run casedesk check.</source>
        <translation>کتلاگ آرشیف خراب است، پس از آن نسخهٔ احتیاطی گرفته نشد: ⁦casedesk check⁩ را اجرا کنید.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="432"/>
        <source>The archive&apos;s catalog could not be read ({reason}).</source>
        <translation>کتلاگ آرشیف خوانده نشد (⁦{reason}⁩).</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="433"/>
        <source>An original the catalog lists ({sha}…) is missing, so the archive was not backed up: run casedesk check.</source>
        <translation>یک فایل اصلی که در کتلاگ آمده است (⁦{sha}…⁩) وجود ندارد، پس از آرشیف نسخهٔ احتیاطی گرفته نشد: ⁦casedesk check⁩ را اجرا کنید.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="438"/>
        <source>The folder {folder} does not exist.</source>
        <translation>فولدر ⁦{folder}⁩ وجود ندارد.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="439"/>
        <source>The earlier backup {name} in this folder cannot be read ({reason}) Give the password the folder&apos;s backups were made with, or back up to another folder.</source>
        <translation>نسخهٔ احتیاطی قبلی ⁦{name}⁩ در این فولدر خوانده نمی‌شود ({reason}). رمزی را بدهید که نسخه‌های احتیاطی این فولدر با آن گرفته شده‌اند، یا نسخهٔ احتیاطی را در فولدر دیگری بگیرید.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="444"/>
        <source>The backup did not read back as it was written: it was not kept.</source>
        <translation>نسخهٔ احتیاطی هنگام خواندن دوباره با آن‌چه نوشته شده بود برابر نبود: نگه داشته نشد.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="445"/>
        <source>The backup is too large for one file.</source>
        <translation>نسخهٔ احتیاطی برای یک فایل بیش از حد بزرگ است.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="446"/>
        <source>This file is not a CaseDesk backup (or its beginning is damaged).</source>
        <translation>این فایل نسخهٔ احتیاطی CaseDesk نیست (یا آغاز آن خراب است).</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="449"/>
        <source>Cannot read the backup {path}: {reason}.</source>
        <translation>نسخهٔ احتیاطی ⁦{path}⁩ خوانده نمی‌شود: ⁦{reason}⁩.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="450"/>
        <source>This backup was made by a newer CaseDesk: update CaseDesk.</source>
        <translation>این نسخهٔ احتیاطی را یک CaseDesk نوتر گرفته است: CaseDesk را به‌روز کنید.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="451"/>
        <source>This archive is open read-only (another CaseDesk is changing it): a document&apos;s title and date cannot be changed now.</source>
        <translation>این آرشیف فقط برای خواندن باز است (یک CaseDesk دیگر آن را تغییر می‌دهد): عنوان و تاریخ سند اکنون تغییر داده نمی‌شود.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="456"/>
        <source>{target} is not empty: restore into a new folder (an archive is never restored over another).</source>
        <translation>⁦{target}⁩ خالی نیست: در یک فولدر نو بازگردانید (یک آرشیف هرگز روی آرشیف دیگر بازگردانده نمی‌شود).</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="461"/>
        <source>There is no backup file {source}.</source>
        <translation>فایل نسخهٔ احتیاطی ⁦{source}⁩ وجود ندارد.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="462"/>
        <source>There is no CaseDesk backup in {source}.</source>
        <translation>در ⁦{source}⁩ نسخهٔ احتیاطی CaseDesk نیست.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="463"/>
        <source>{name} needs the earlier backups made with it in its folder.</source>
        <translation>⁦{name}⁩ به نسخه‌های احتیاطی قبلی که همراه آن در فولدرش گرفته شده‌اند نیاز دارد.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="464"/>
        <source>The backup file is damaged or incomplete (it was changed or cut short after it was written), so it cannot be restored. Use another backup: {count} file(s) it needs are in no backup of its folder (was an earlier backup moved or deleted?).</source>
        <translation>فایل نسخهٔ احتیاطی خراب یا ناقص است (پس از نوشتن تغییر داده شده یا کوتاه شده است)، پس بازگردانده شده نمی‌تواند. از نسخهٔ احتیاطی دیگری کار بگیرید: {count} فایل که به آن نیاز دارد در هیچ نسخهٔ احتیاطی فولدرش نیست (آیا یک نسخهٔ احتیاطی قبلی جابجا یا حذف شده است؟).</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="470"/>
        <source>The restore was stopped; nothing was restored.</source>
        <translation>بازگرداندن متوقف شد؛ هیچ چیز بازگردانده نشد.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="471"/>
        <source>{what} is kept in the archive, but {target} could not be written: {reason}.</source>
        <translation>{what} در آرشیف نگه داشته شد، ولی ⁦{target}⁩ نوشته نشد: ⁦{reason}⁩.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="475"/>
        <source>The output</source>
        <translation>خروجی</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="476"/>
        <source>The draft</source>
        <translation>مسوده</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="477"/>
        <source>The packet</source>
        <translation>بستهٔ معلوماتی</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="478"/>
        <source>The logo</source>
        <translation>لوگو</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="479"/>
        <source>The list of cases</source>
        <translation>فهرست دوسیه‌ها</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="480"/>
        <source>The desk&apos;s copy of {what} ({sha}…) is missing or damaged, so the push stopped there; what was pushed before is kept. Run casedesk check on the desk.</source>
        <translation>نسخهٔ این کمپیوتر از {what} (⁦{sha}…⁩) وجود ندارد یا خراب است، پس فرستادن همان‌جا متوقف شد؛ آن‌چه پیش از آن فرستاده شده بود نگه داشته شد. ⁦casedesk check⁩ را روی آرشیف این کمپیوتر اجرا کنید.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="485"/>
        <source>a document</source>
        <translation>یک سند</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="486"/>
        <source>an original</source>
        <translation>یک فایل اصلی</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="487"/>
        <source>Name the new archive&apos;s folder with --archive DIR.</source>
        <translation>فولدر آرشیف نو را با ⁦--archive DIR⁩ نام ببرید.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="489"/>
        <source>A template&apos;s file is named like referral-letter.html, _letterhead.html or referral-letter.docx (small letters, digits, - and _): {name} is not.</source>
        <translation>نام فایل قالب مانند ⁦referral-letter.html⁩، ⁦_letterhead.html⁩ یا ⁦referral-letter.docx⁩ است (حروف کوچک، رقم‌ها، - و _): ⁦{name}⁩ چنین نیست.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="494"/>
        <source>The office database has no template file {name}.</source>
        <translation>دیتابیس دفتر فایل قالبی به نام ⁦{name}⁩ ندارد.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="495"/>
        <source>The template {name} cannot be read: {reason}.</source>
        <translation>قالب ⁦{name}⁩ خوانده نمی‌شود: {reason}.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="496"/>
        <source>On an archive folder, put a template file in its templates folder: {folder}.</source>
        <translation>در فولدر آرشیف، فایل قالب را در فولدر قالب‌های آن بگذارید: ⁦{folder}⁩.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="500"/>
        <source>This works only on an archive folder: of the commands, casedesk backup, restore, ocr and demo do not work on an office database (postgresql://…).</source>
        <translation>این کار تنها در فولدر آرشیف می‌شود: از فرمان‌ها، ⁦casedesk backup⁩، ⁦restore⁩، ⁦ocr⁩ و ⁦demo⁩ در دیتابیس دفتر (⁦postgresql://…⁩) کار نمی‌کنند.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="505"/>
        <source>An office database is backed up with PostgreSQL&apos;s own tools, not casedesk backup: pg_dump on the server (see docs/OFFICE-SERVER.md). casedesk backup saves an archive folder.</source>
        <translation>از دیتابیس دفتر با ابزارهای خود PostgreSQL نسخهٔ پشتیبان گرفته می‌شود، نه با ⁦casedesk backup⁩: ⁦pg_dump⁩ روی سرور (⁦docs/OFFICE-SERVER.md⁩ را ببینید). ⁦casedesk backup⁩ از فولدر آرشیف نسخهٔ پشتیبان می‌گیرد.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="511"/>
        <source>An office database is restored with PostgreSQL&apos;s own tools, not casedesk restore: pg_restore on the server, then casedesk office-server init to set the roles&apos; rights again (see docs/OFFICE-SERVER.md).</source>
        <translation>دیتابیس دفتر با ابزارهای خود PostgreSQL بازگردانده می‌شود، نه با ⁦casedesk restore⁩: ⁦pg_restore⁩ روی سرور، بعد ⁦casedesk office-server init⁩ تا حقوق نقش‌ها دوباره تنظیم شود (⁦docs/OFFICE-SERVER.md⁩ را ببینید).</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="517"/>
        <source>casedesk ocr reads the scans of an archive folder: scans sent to an office database are read on the desk that adds them (casedesk add reads them before sending them).</source>
        <translation>⁦casedesk ocr⁩ اسکن‌های فولدر آرشیف را می‌خواند: اسکن‌هایی که به دیتابیس دفتر فرستاده می‌شوند، در میز کاری خوانده می‌شوند که آن‌ها را اضافه می‌کند (⁦casedesk add⁩ پیش از فرستادن آن‌ها را می‌خواند).</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="351"/>
        <source>Only one person can be the principal applicant.</source>
        <translation>تنها یک نفر می‌تواند متقاضی اصلی باشد.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="352"/>
        <source>{given} is not a case number: case numbers look like AFG-2024-00137 (three letters, the year, five digits).</source>
        <translation>⁦{given}⁩ نمبر دوسیه نیست: نمبرهای دوسیه مانند ⁦AFG-2024-00137⁩ هستند (سه حرف، سال، پنج رقم).</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="357"/>
        <source>{given} is not a case number: this archive&apos;s case numbers match {pattern}.</source>
        <translation>⁦{given}⁩ نمبر دوسیه نیست: نمبرهای دوسیهٔ این آرشیف با ⁦{pattern}⁩ مطابقت دارند.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="360"/>
        <source>Person {number} ({role}) has no name in Latin script.</source>
        <translation>شخص {number} ({role}) نامی به حروف لاتین ندارد.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="361"/>
        <source>The birth date of person {number} ({role}) could not be read ({reason}); {how}.</source>
        <translation>تاریخ تولد شخص {number} ({role}) خوانده نشد ({reason})؛ {how}.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="365"/>
        <source>it is not a date</source>
        <translation>تاریخ نیست</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="366"/>
        <source>there is no such month</source>
        <translation>چنین ماهی وجود ندارد</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="367"/>
        <source>there is no such day</source>
        <translation>چنین روزی وجود ندارد</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="368"/>
        <source>the month&apos;s name is of another calendar than the year</source>
        <translation>نام ماه از تقویم دیگری غیر از تقویم سال است</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="369"/>
        <source>a year is 1900 to 2100, or 1300 to 1450 in the Solar Hijri calendar</source>
        <translation>سال باید از 1900 تا 2100، یا در تقویم هجری شمسی از 1300 تا 1450 باشد</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="372"/>
        <source>write a full date (1990-05-12 or 12/05/1990), a month (1990-05), a year (1990), &quot;about 1985&quot;, or a Solar Hijri date (1369-02-22, 1369)</source>
        <translation>یک تاریخ کامل (⁦1990-05-12⁩ یا ⁦12/05/1990⁩)، یک ماه (⁦1990-05⁩)، یک سال (1990)، «حدود 1985»، یا یک تاریخ هجری شمسی (⁦1369-02-22⁩، 1369) بنویسید</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="377"/>
        <source>Deadline {number} ({kind}) needs a date with its day, written YYYY-MM-DD (or in the Solar Hijri calendar, e.g. 1403-11-08 or 8 Dalw 1403).</source>
        <translation>مهلت {number} ({kind}) به تاریخی با روز آن نیاز دارد، به شکل ⁦YYYY-MM-DD⁩ (یا به تقویم هجری شمسی، مثلاً ⁦1403-11-08⁩ یا 8 دلو 1403).</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="382"/>
        <source>Note {number} is empty.</source>
        <translation>یادداشت {number} خالی است.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="383"/>
        <source>The time of note {number} must be an ISO time (YYYY-MM-DDTHH:MM).</source>
        <translation>وقت یادداشت {number} باید به شکل ISO باشد (⁦YYYY-MM-DDTHH:MM⁩).</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="386"/>
        <source>{given} cannot be marked confidential; these can: {choices}.</source>
        <translation>⁦{given}⁩ محرم نشانی شده نمی‌تواند؛ این‌ها می‌توانند: ⁦{choices}⁩.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="387"/>
        <source>{given} is not a pathway; choose one of: {choices}.</source>
        <translation>⁦{given}⁩ یک مسیر نیست؛ یکی از این‌ها را انتخاب کنید: ⁦{choices}⁩.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="388"/>
        <source>No pathway was given; choose one of: {choices}.</source>
        <translation>مسیر داده نشد؛ یکی از این‌ها را انتخاب کنید: ⁦{choices}⁩.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="389"/>
        <source>{given} is not a priority; choose one of: {choices}.</source>
        <translation>⁦{given}⁩ یک اولویت نیست؛ یکی از این‌ها را انتخاب کنید: ⁦{choices}⁩.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="390"/>
        <source>No priority was given; choose one of: {choices}.</source>
        <translation>اولویت داده نشد؛ یکی از این‌ها را انتخاب کنید: ⁦{choices}⁩.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="391"/>
        <source>{given} is not a status; choose one of: {choices}.</source>
        <translation>⁦{given}⁩ یک وضعیت نیست؛ یکی از این‌ها را انتخاب کنید: ⁦{choices}⁩.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="392"/>
        <source>No status was given; choose one of: {choices}.</source>
        <translation>وضعیت داده نشد؛ یکی از این‌ها را انتخاب کنید: ⁦{choices}⁩.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="393"/>
        <source>{given} is not a relationship; choose one of: {choices}.</source>
        <translation>⁦{given}⁩ یک نسبت نیست؛ یکی از این‌ها را انتخاب کنید: ⁦{choices}⁩.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="394"/>
        <source>No relationship was given; choose one of: {choices}.</source>
        <translation>نسبت داده نشد؛ یکی از این‌ها را انتخاب کنید: ⁦{choices}⁩.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="395"/>
        <source>{given} is not a kind of deadline; choose one of: {choices}.</source>
        <translation>⁦{given}⁩ یک نوع مهلت نیست؛ یکی از این‌ها را انتخاب کنید: ⁦{choices}⁩.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="396"/>
        <source>No kind of deadline was given; choose one of: {choices}.</source>
        <translation>نوع مهلت داده نشد؛ یکی از این‌ها را انتخاب کنید: ⁦{choices}⁩.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="397"/>
        <source>Deadline {number}: {given} is not a kind of deadline; choose one of: {choices}.</source>
        <translation>مهلت {number}: ⁦{given}⁩ یک نوع مهلت نیست؛ یکی از این‌ها را انتخاب کنید: ⁦{choices}⁩.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="401"/>
        <source>Deadline {number}: no kind of deadline was given; choose one of: {choices}.</source>
        <translation>مهلت {number}: نوع مهلت داده نشد؛ یکی از این‌ها را انتخاب کنید: ⁦{choices}⁩.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="406"/>
        <source>Case {number} in the list: {problem}</source>
        <translation>دوسیهٔ {number} در فهرست: {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="407"/>
        <source>{case_id} is twice in the list.</source>
        <translation>⁦{case_id}⁩ دو بار در فهرست آمده است.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="408"/>
        <source>{case_id} is already in the archive.</source>
        <translation>⁦{case_id}⁩ از قبل در آرشیف است.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="409"/>
        <source>The row has no case number.</source>
        <translation>این سطر نمبر دوسیه ندارد.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="410"/>
        <source>Case {case_id} is already in the archive (change it with casedesk case edit).</source>
        <translation>دوسیهٔ ⁦{case_id}⁩ از قبل در آرشیف است (آن را با ⁦casedesk case edit⁩ تغییر دهید).</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="414"/>
        <source>It differs from row {row} of the same case ({earlier}).</source>
        <translation>با سطر {row} همین دوسیه فرق دارد (⁦{earlier}⁩).</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="415"/>
        <source>The person has no name in Latin script.</source>
        <translation>این شخص نامی به حروف لاتین ندارد.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="416"/>
        <source>The same person as row {row} (same name and birth date).</source>
        <translation>همان شخص سطر {row} است (همان نام و تاریخ تولد).</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="417"/>
        <source>A birth date must be a real date written YYYY-MM-DD (e.g. 1986-01-01).</source>
        <translation>تاریخ تولد باید یک تاریخ واقعی به شکل ⁦YYYY-MM-DD⁩ باشد (مثلاً ⁦1986-01-01⁩).</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="420"/>
        <source>These can be marked confidential: {choices}.</source>
        <translation>این‌ها محرم نشانی شده می‌توانند: ⁦{choices}⁩.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="421"/>
        <source>{item}: {problem}</source>
        <translation>⁦{item}⁩: {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="422"/>
        <source>{item}: a deadline is written KIND=YYYY-MM-DD (visa expiry=2025-03-01).</source>
        <translation>⁦{item}⁩: مهلت به شکل ⁦KIND=YYYY-MM-DD⁩ نوشته می‌شود (⁦visa expiry=2025-03-01⁩).</translation>
    </message>
</context>
<context>
    <name>Facets</name>
    <message>
        <location filename="../../desktop/ui/facets.py" line="16"/>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/facets.py" line="17"/>
        <source>Case</source>
        <translation>دوسیه</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/facets.py" line="18"/>
        <source>Year</source>
        <translation>سال</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/facets.py" line="19"/>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/facets.py" line="20"/>
        <source>Tag</source>
        <translation>برچسب</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/facets.py" line="39"/>
        <source>Filter</source>
        <translation>فلتر</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/facets.py" line="39"/>
        <source>Documents</source>
        <translation>اسناد</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../desktop/ui/file_actions.py" line="32"/>
        <source>&amp;Import cases…</source>
        <translation>وارد کردن دوسیه‌ها… (&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/file_actions.py" line="34"/>
        <source>&amp;Back up…</source>
        <translation>نسخهٔ احتیاطی… (&amp;B)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/file_actions.py" line="52"/>
        <source>Import cases from a spreadsheet</source>
        <translation>وارد کردن دوسیه‌ها از یک جدول</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/file_actions.py" line="54"/>
        <source>Spreadsheets (*.csv *.xlsx)</source>
        <translation>جدول‌ها (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/file_actions.py" line="89"/>
        <source>Imported 1 case.</source>
        <translation>1 دوسیه وارد شد.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/file_actions.py" line="90"/>
        <source>Imported {cases} cases.</source>
        <translation>{cases} دوسیه وارد شد.</translation>
    </message>
</context>
<context>
    <name>IndexProblems</name>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="31"/>
        <source>Password-protected file: CaseDesk could not open it without its password.</source>
        <translation>فایل رمزدار: CaseDesk بدون رمز آن را باز کرده نتوانست.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="35"/>
        <source>Add it again with its password (casedesk add --password PASSWORD FILE).</source>
        <translation>آن را دوباره با رمزش اضافه کنید (⁦casedesk add --password PASSWORD FILE⁩).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="39"/>
        <source>CaseDesk cannot read this kind of file{what}.</source>
        <translation>CaseDesk این نوع فایل را خوانده نمی‌تواند{what}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="40"/>
        <source>Save it as PDF, Word (.docx), email (.eml), web page or plain text and add it again.</source>
        <translation>آن را به شکل PDF، Word (.docx)، ایمیل (.eml)، صفحهٔ وب یا متن ساده ذخیره کنید و دوباره اضافه کنید.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="44"/>
        <source>The file is protected by a kind of security CaseDesk cannot open{what}.</source>
        <translation>فایل با نوعی محافظت قفل شده که CaseDesk باز کرده نمی‌تواند{what}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="48"/>
        <source>Ask the sender for a copy without this protection, or open it in the program it was made for (Adobe Acrobat for a certificate) and print it to a new PDF.</source>
        <translation>از فرستنده یک نسخه بدون این محافظت بخواهید، یا آن را در برنامه‌ای که برایش ساخته شده باز کنید (برای تصدیق‌نامه، Adobe Acrobat) و به یک PDF نو چاپ کنید.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="53"/>
        <source>CaseDesk refused to read this file for safety: it holds something files of its kind never need but attacks use{what}.</source>
        <translation>CaseDesk برای امنیت از خواندن این فایل خودداری کرد: چیزی در آن است که فایل‌های این نوع هرگز لازم ندارند اما حمله‌ها از آن استفاده می‌کنند{what}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="58"/>
        <source>Ask the sender to send it again, or open it in its own program and save or print a new copy as PDF.</source>
        <translation>از فرستنده بخواهید آن را دوباره بفرستد، یا آن را در برنامهٔ خودش باز کنید و یک نسخهٔ نو به شکل PDF ذخیره یا چاپ کنید.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="63"/>
        <source>The file is damaged or is not what its name says, so CaseDesk could not read it{what}.</source>
        <translation>فایل خراب است یا آن چیزی نیست که نامش می‌گوید، بنابراین CaseDesk آن را خوانده نتوانست{what}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="67"/>
        <source>Open it in its own program; if it opens there, save or print a new copy as PDF and add that.</source>
        <translation>آن را در برنامهٔ خودش باز کنید؛ اگر باز شد، یک نسخهٔ نو به شکل PDF ذخیره یا چاپ کنید و همان را اضافه کنید.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="72"/>
        <source>The file is empty: it has no text and no pages.</source>
        <translation>فایل خالی است: نه متن دارد و نه صفحه.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="73"/>
        <source>Check that this is the right file; if the document is a scan, add the scan itself.</source>
        <translation>ببینید که فایل درست همین است؛ اگر سند اسکن است، خود اسکن را اضافه کنید.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="77"/>
        <source>Reading the file took longer than {limit} and was stopped.</source>
        <translation>خواندن فایل بیشتر از {limit} وقت گرفت و متوقف شد.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="80"/>
        <source>It may be damaged or very large. Add it again with a longer limit (casedesk add --time-limit 300 FILE).</source>
        <translation>شاید خراب یا بسیار بزرگ باشد. آن را با وقت بیشتر دوباره اضافه کنید (⁦casedesk add --time-limit 300 FILE⁩).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="85"/>
        <source>The file is too large to read safely: {limit}.</source>
        <translation>فایل برای خواندن مطمئن بسیار بزرگ است: {limit}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="86"/>
        <source>Split it into smaller files, or add it again with a higher limit (casedesk add --memory-limit / --max-size).</source>
        <translation>آن را به فایل‌های کوچک‌تر تقسیم کنید، یا با حد بالاتر دوباره اضافه کنید (⁦casedesk add --memory-limit / --max-size⁩).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="91"/>
        <source>The reader stopped unexpectedly on this file; it is probably damaged.</source>
        <translation>خوانش این فایل ناگهان متوقف شد؛ احتمالاً خراب است.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="95"/>
        <source>This is a link (shortcut) to another file; CaseDesk does not follow links.</source>
        <translation>این یک لینک (میان‌بر) به فایل دیگری است؛ CaseDesk لینک‌ها را دنبال نمی‌کند.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="99"/>
        <source>Add the file the link points to.</source>
        <translation>فایلی را که لینک به آن اشاره می‌کند اضافه کنید.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="100"/>
        <source>CaseDesk could not read this file from the disk (it was moved, or access is denied).</source>
        <translation>CaseDesk این فایل را از دیسک خوانده نتوانست (جابجا شده، یا اجازهٔ دسترسی نیست).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="104"/>
        <source>Check that the file is still there and that you may open it, then add it again.</source>
        <translation>ببینید که فایل هنوز آن‌جاست و اجازهٔ باز کردنش را دارید، بعد دوباره اضافه کنید.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="112"/>
        <source>Open it in Word with its password, save a copy without a password (or as PDF), and add that copy.</source>
        <translation>آن را با رمزش در Word باز کنید، یک نسخه بدون رمز (یا به شکل PDF) ذخیره کنید، و همان نسخه را اضافه کنید.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="117"/>
        <source>Open it in its Office program with its password, save a copy without a password (or as PDF), and add that copy.</source>
        <translation>آن را با رمزش در برنامهٔ Office خودش باز کنید، یک نسخه بدون رمز (یا به شکل PDF) ذخیره کنید، و همان نسخه را اضافه کنید.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="122"/>
        <source>Open it in LibreOffice with its password, save a copy without a password (or as PDF), and add that copy.</source>
        <translation>آن را با رمزش در LibreOffice باز کنید، یک نسخه بدون رمز (یا به شکل PDF) ذخیره کنید، و همان نسخه را اضافه کنید.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="127"/>
        <source>Open it in Excel or LibreOffice with its password, save a copy without a password (or as PDF), and add that copy.</source>
        <translation>آن را با رمزش در Excel یا LibreOffice باز کنید، یک نسخه بدون رمز (یا به شکل PDF) ذخیره کنید، و همان نسخه را اضافه کنید.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="132"/>
        <source>Open it in Word or LibreOffice, save it as .docx or PDF, and add that.</source>
        <translation>آن را در Word یا LibreOffice باز کنید، به شکل .docx یا PDF ذخیره کنید، و همان را اضافه کنید.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="136"/>
        <source>Open it in PowerPoint or LibreOffice, save it as .pptx or PDF, and add that.</source>
        <translation>آن را در PowerPoint یا LibreOffice باز کنید، به شکل .pptx یا PDF ذخیره کنید، و همان را اضافه کنید.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="140"/>
        <source>Add it again with its password (casedesk add --password PASSWORD FILE), or unpack it yourself and add the folder.</source>
        <translation>آن را دوباره با رمزش اضافه کنید (⁦casedesk add --password PASSWORD FILE⁩)، یا خودتان آن را باز کنید و فولدر را اضافه کنید.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="145"/>
        <source>Unpack it with your computer&apos;s archive tool and add the unpacked folder.</source>
        <translation>آن را با ابزار فشرده‌سازی کمپیوتر خود باز کنید و فولدر بازشده را اضافه کنید.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="149"/>
        <source>If you trust where it came from, unpack it yourself and add the files you need; otherwise do not open it.</source>
        <translation>اگر به جایی که از آن آمده اعتماد دارید، خودتان آن را باز کنید و فایل‌های لازم را اضافه کنید؛ در غیر آن، آن را باز نکنید.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="154"/>
        <source>Add the PDF again with its password (casedesk add --password PASSWORD FILE) to read its embedded files.</source>
        <translation>PDF را دوباره با رمزش اضافه کنید (⁦casedesk add --password PASSWORD FILE⁩) تا فایل‌های داخل آن خوانده شوند.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="165"/>
        <source>Word 97-2003 file</source>
        <translation>فایل Word 97-2003</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="166"/>
        <source>a Word 6 or Word 95 file</source>
        <translation>یک فایل Word 6 یا Word 95</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="167"/>
        <source>Word file</source>
        <translation>فایل Word</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="168"/>
        <source>a Word file declaring a DOCTYPE, which can hide an attack</source>
        <translation>یک فایل Word با DOCTYPE، که می‌تواند حمله‌ای را پنهان کند</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="169"/>
        <source>Outlook message</source>
        <translation>پیام Outlook</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="170"/>
        <source>Office file</source>
        <translation>فایل Office</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="171"/>
        <source>an old PowerPoint file (.ppt)</source>
        <translation>یک فایل قدیمی PowerPoint (.ppt)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="172"/>
        <source>an OLE file that is not a document</source>
        <translation>یک فایل OLE که سند نیست</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="173"/>
        <source>OpenDocument file</source>
        <translation>فایل OpenDocument</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="174"/>
        <source>PowerPoint file</source>
        <translation>فایل PowerPoint</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="175"/>
        <source>RTF file</source>
        <translation>فایل RTF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="176"/>
        <source>spreadsheet</source>
        <translation>جدول</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="177"/>
        <source>ZIP archive</source>
        <translation>آرشیف ZIP</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="178"/>
        <source>a ZIP archive packed or encrypted in a way CaseDesk cannot unpack</source>
        <translation>یک آرشیف ZIP که به شکلی فشرده یا رمزگذاری شده که CaseDesk باز کرده نمی‌تواند</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="181"/>
        <source>not a regular file</source>
        <translation>فایل عادی نیست</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="182"/>
        <source>an Office file of a kind CaseDesk does not read</source>
        <translation>یک فایل Office از نوعی که CaseDesk نمی‌خواند</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="183"/>
        <source>a RAR archive: unpack it (7-Zip opens it) and add the unpacked folder; CaseDesk opens ZIP archives itself</source>
        <translation>یک آرشیف RAR: آن را باز کنید (7-Zip بازش می‌کند) و فولدر بازشده را اضافه کنید؛ CaseDesk آرشیف‌های ZIP را خودش باز می‌کند</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="188"/>
        <source>a 7-Zip archive: unpack it (7-Zip opens it) and add the unpacked folder; CaseDesk opens ZIP archives itself</source>
        <translation>یک آرشیف 7-Zip: آن را باز کنید (7-Zip بازش می‌کند) و فولدر بازشده را اضافه کنید؛ CaseDesk آرشیف‌های ZIP را خودش باز می‌کند</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="193"/>
        <source>a compressed (gzip) file</source>
        <translation>یک فایل فشرده (gzip)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="194"/>
        <source>an audio file</source>
        <translation>یک فایل صوتی</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="195"/>
        <source>an audio, video or picture file</source>
        <translation>یک فایل صوتی، ویدیویی یا عکس</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="196"/>
        <source>a video or picture file</source>
        <translation>یک فایل ویدیویی یا عکس</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="197"/>
        <source>an OpenDocument file of a kind CaseDesk does not read; save it as PDF</source>
        <translation>یک فایل OpenDocument از نوعی که CaseDesk نمی‌خواند؛ آن را به شکل PDF ذخیره کنید</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="201"/>
        <source>an e-book or program package</source>
        <translation>یک کتاب الکترونیکی یا بستهٔ برنامه</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="202"/>
        <source>a certificate, {handler}</source>
        <translation>تصدیق‌نامهٔ دیجیتل، {handler}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="203"/>
        <source>Adobe rights management, Adobe.APS</source>
        <translation>مدیریت حقوق Adobe، Adobe.APS</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="204"/>
        <source>the {handler} security handler</source>
        <translation>محافظت {handler}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="205"/>
        <source>CaseDesk could not make out the picture</source>
        <translation>CaseDesk عکس را تشخیص داده نتوانست</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="206"/>
        <source>the picture could not be opened</source>
        <translation>عکس باز نشد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="207"/>
        <source>the picture is cut short or corrupt</source>
        <translation>عکس ناقص یا خراب است</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="208"/>
        <source>{seconds} seconds</source>
        <translation>{seconds} ثانیه</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="209"/>
        <source>it needed more than {size} MB of memory</source>
        <translation>بیشتر از {size} MB حافظه لازم داشت</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="210"/>
        <source>its text is too large to handle</source>
        <translation>متن آن برای کار کردن بسیار بزرگ است</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="211"/>
        <source>it needs too much memory to read</source>
        <translation>برای خواندن بسیار زیاد حافظه لازم دارد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="212"/>
        <source>{limit}; it may be a &apos;zip bomb&apos; made to fill the disk</source>
        <translation>{limit}؛ شاید یک «بمب ZIP» باشد که برای پر کردن دیسک ساخته شده</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="213"/>
        <source>it holds more than {files} files</source>
        <translation>بیشتر از {files} فایل در آن است</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="214"/>
        <source>a file inside would unpack to {size} MB from {packed} KB</source>
        <translation>یک فایل داخل آن از {packed} KB به {size} MB باز می‌شود</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="215"/>
        <source>it would unpack to more than {size} MB</source>
        <translation>به بیشتر از {size} MB باز می‌شود</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="216"/>
        <source>it unpacks to more than {size} MB (more than its directory says)</source>
        <translation>به بیشتر از {size} MB باز می‌شود (بیشتر از آنچه فهرستش می‌گوید)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="219"/>
        <source>it holds ZIP files nested more than {depth} deep</source>
        <translation>فایل‌های ZIP در آن بیشتر از {depth} لایه تو در تو اند</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="220"/>
        <source>the picture is {width} by {height} pixels ({millions} million); CaseDesk reads pictures up to {side} pixels a side and {most} million pixels</source>
        <translation>عکس {width} در {height} پیکسل است ({millions} میلیون)؛ CaseDesk عکس‌ها را تا {side} پیکسل در هر ضلع و {most} میلیون پیکسل می‌خواند</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="225"/>
        <source>the picture claims more than {most} million pixels</source>
        <translation>عکس ادعا می‌کند بیشتر از {most} میلیون پیکسل دارد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="226"/>
        <source>it has {pages} pages; CaseDesk reads TIFF files up to {most}</source>
        <translation>{pages} صفحه دارد؛ CaseDesk فایل‌های TIFF را تا {most} صفحه می‌خواند</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="235"/>
        <source>No readable text on {pages} (read by OCR): the page is blank, handwritten, or too unclear to read.</source>
        <translation>در {pages} متن خواندنی نیست (با OCR خوانده شد): صفحه خالی، دست‌نویس، یا برای خواندن بسیار نامشخص است.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="240"/>
        <source>No readable text on {pages} (read by OCR): {failures}</source>
        <translation>در {pages} متن خواندنی نیست (با OCR خوانده شد): {failures}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="241"/>
        <source>Open the original to read it. If it should have text, add a sharper scan or photo (flat, in good light); handwriting cannot be read by CaseDesk.</source>
        <translation>برای خواندن، اصل آن را باز کنید. اگر باید متن داشته باشد، یک اسکن یا عکس واضح‌تر (صاف، در روشنی خوب) اضافه کنید؛ CaseDesk دست‌نویس را خوانده نمی‌تواند.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="246"/>
        <source>page {pages}</source>
        <translation>صفحهٔ {pages}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="247"/>
        <source>pages {pages}</source>
        <translation>صفحه‌های {pages}</translation>
    </message>
</context>
<context>
    <name>IngestBar</name>
    <message>
        <location filename="../../desktop/ui/ingest_bar.py" line="25"/>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ingest_bar.py" line="38"/>
        <source>Adding files…</source>
        <translation>در حال افزودن فایل‌ها…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ingest_bar.py" line="47"/>
        <source>Tidying the search index for faster searches…</source>
        <translation>در حال مرتب کردن فهرست جستجو برای جستجوی سریع‌تر…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ingest_bar.py" line="55"/>
        <source>Reading scans: page {page} of {pages}</source>
        <translation>خواندن اسکن‌ها: صفحهٔ {page} از {pages}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ingest_bar.py" line="61"/>
        <source>Reading scans: {pages} pages read</source>
        <translation>خواندن اسکن‌ها: {pages} صفحه خوانده شد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ingest_bar.py" line="67"/>
        <source>Indexing for search: {done} of {total}</source>
        <translation>فهرست‌سازی برای جستجو: {done} از {total}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ingest_bar.py" line="74"/>
        <source>File {done} of {total}: {name}</source>
        <translation>فایل {done} از {total}: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ingest_bar.py" line="83"/>
        <source>Stopping…</source>
        <translation>در حال توقف…</translation>
    </message>
</context>
<context>
    <name>IngestWords</name>
    <message>
        <location filename="../../desktop/ui/ingest_words.py" line="23"/>
        <source>CaseDesk cannot read scans on this computer: Tesseract or its language data is not installed. Run tools/bootstrap.sh again, then casedesk ocr.</source>
        <translation>CaseDesk در این کمپیوتر اسکن‌ها را خوانده نمی‌تواند: Tesseract یا معلومات زبان آن نصب نشده است. ⁦tools/bootstrap.sh⁩ را دوباره اجرا کنید، بعد ⁦casedesk ocr⁩ را.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ingest_words.py" line="37"/>
        <source>{given} file(s): {added} added, {unchanged} unchanged, {duplicates} duplicate(s), {problems} not indexed.</source>
        <translation>{given} فایل: {added} اضافه شد، {unchanged} بدون تغییر، {duplicates} تکراری، {problems} فهرست نشد.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ingest_words.py" line="51"/>
        <source>{attachments} attachment(s) and embedded file(s) added, {problems} not indexed.</source>
        <translation>{attachments} ضمیمه و فایل درونی اضافه شد، {problems} فهرست نشد.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ingest_words.py" line="61"/>
        <source>Stopped before the end: {count} file(s) not done yet.</source>
        <translation>پیش از پایان متوقف شد: {count} فایل هنوز انجام نشده است.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ingest_words.py" line="75"/>
        <source>Scans: {pages} page(s) to read: {read} read, {no_text} with no readable text, {failed} could not be read.</source>
        <translation>اسکن‌ها: {pages} صفحه برای خواندن: {read} خوانده شد، {no_text} بدون متن خوانا، {failed} خوانده نشد.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ingest_words.py" line="88"/>
        <source>Stopped before the end: {count} page(s) still waiting (casedesk ocr reads them).</source>
        <translation>پیش از پایان متوقف شد: {count} صفحه هنوز منتظر است (⁦casedesk ocr⁩ آن‌ها را می‌خواند).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ingest_words.py" line="93"/>
        <source>Stopped before the end: {count} page(s) still waiting (the next add reads them).</source>
        <translation>پیش از پایان متوقف شد: {count} صفحه هنوز منتظر است (افزودن بعدی آن‌ها را می‌خواند).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ingest_words.py" line="101"/>
        <source>casedesk problems lists the pages with no readable text.</source>
        <translation>⁦casedesk problems⁩ صفحه‌های بدون متن خوانا را فهرست می‌کند.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ingest_words.py" line="103"/>
        <source>Problems lists the pages with no readable text.</source>
        <translation>فهرست «مشکلات» صفحه‌های بدون متن خوانا را نشان می‌دهد.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../desktop/ui/language_menu.py" line="24"/>
        <source>&amp;Language</source>
        <translation>زبان (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/language_menu.py" line="29"/>
        <source>As the system</source>
        <translation>مطابق سیستم</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/language_menu.py" line="49"/>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/language_menu.py" line="50"/>
        <source>CaseDesk will use this language the next time it starts. Close it and open it again to see it now.</source>
        <translation>CaseDesk دفعهٔ بعد که باز شود همین زبان را به کار می‌برد. برای دیدن آن همین حالا، آن را ببندید و دوباره باز کنید.</translation>
    </message>
</context>
<context>
    <name>Limits</name>
    <message>
        <location filename="../../desktop/ui/limits.py" line="37"/>
        <source>This archive is open read-only.</source>
        <translation>این آرشیف فقط برای خواندن باز است.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/limits.py" line="43"/>
        <source>Not available on an office database yet.</source>
        <translation>این کار هنوز در دیتابیس دفتر ممکن نیست.</translation>
    </message>
</context>
<context>
    <name>Loading</name>
    <message>
        <location filename="../../desktop/ui/loading.py" line="127"/>
        <source>{waiting} document(s) wait on this computer and are sent at the next add.</source>
        <translation>{waiting} سند در این کمپیوتر منتظر است و با افزودن بعدی فرستاده می‌شود.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/loading.py" line="137"/>
        <source>This archive is open read-only.</source>
        <translation>این آرشیف فقط برای خواندن باز است.</translation>
    </message>
</context>
<context>
    <name>LockedPdf</name>
    <message>
        <location filename="../../desktop/ui/locked_pdf.py" line="33"/>
        <source>Password-protected PDF</source>
        <translation>PDF رمزدار</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/locked_pdf.py" line="37"/>
        <source>“{title}” (document {doc_id}) is a password-protected PDF. Type its password to put it in the packet, or leave it out. CaseDesk does not keep the password.</source>
        <translation>«{title}» (سند {doc_id}) یک PDF رمزدار است. برای گذاشتن آن در بسته رمزش را بنویسید، یا آن را کنار بگذارید. CaseDesk رمز را نگه نمی‌دارد.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/locked_pdf.py" line="51"/>
        <source>&amp;Put it in</source>
        <translation>گذاشتن در بسته (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/locked_pdf.py" line="54"/>
        <source>&amp;Leave it out</source>
        <translation>کنار گذاشتن (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/locked_pdf.py" line="57"/>
        <source>&amp;Stop building</source>
        <translation>توقف ساختن (&amp;S)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="88"/>
        <source>CaseDesk — {root}</source>
        <translation>CaseDesk — {root}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="120"/>
        <source>Search: names, case numbers, words, type:form…</source>
        <translation>جستجو: نام‌ها، نمبرهای دوسیه، کلمه‌ها، type:form…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="133"/>
        <source>Preview</source>
        <translation>پیش‌نمایش</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="134"/>
        <source>Details</source>
        <translation>جزئیات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="140"/>
        <source>Read-only: {busy_message}</source>
        <translation>فقط خواندنی: {busy_message}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="153"/>
        <source>Problems</source>
        <translation>مشکلات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="167"/>
        <source>Saved searches</source>
        <translation>جستجوهای ذخیره‌شده</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="168"/>
        <source>Filters</source>
        <translation>فلترها</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="204"/>
        <source>&amp;File</source>
        <translation>فایل (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="208"/>
        <source>&amp;Add files…</source>
        <translation>افزودن فایل‌ها… (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="213"/>
        <source>Add &amp;folder…</source>
        <translation>افزودن فولدر… (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="218"/>
        <source>&amp;Save this search…</source>
        <translation>ذخیرهٔ این جستجو… (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="223"/>
        <source>Office &amp;details…</source>
        <translation>معلومات دفتر… (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="227"/>
        <source>&amp;Quit</source>
        <translation>خروج (&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="240"/>
        <source>Find</source>
        <translation>یافتن</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="244"/>
        <source>&amp;View</source>
        <translation>نمایش (&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="246"/>
        <source>Saved searches and &amp;filters</source>
        <translation>جستجوهای ذخیره‌شده و فلترها (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="256"/>
        <source>&amp;Settings</source>
        <translation>تنظیمات (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="260"/>
        <source>Persian &amp;digits (۱۲۳) in Dari and Pashto</source>
        <translation>ارقام فارسی (۱۲۳) در دری و پشتو (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="268"/>
        <source>&amp;Help</source>
        <translation>رهنمایی (&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="271"/>
        <source>&amp;About CaseDesk</source>
        <translation>دربارهٔ CaseDesk (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="276"/>
        <source>&amp;Search help</source>
        <translation>رهنمای جستجو (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="292"/>
        <source>&amp;Open archive…</source>
        <translation>باز کردن آرشیف… (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="365"/>
        <source>{total} document(s)</source>
        <translation>{total} سند</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="367"/>
        <source>{total}+ documents</source>
        <translation>{total}+ سند</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="369"/>
        <source>note: {n}</source>
        <translation>یادداشت: {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="372"/>
        <source>did you mean: {suggestion}</source>
        <translation>منظورتان این بود: {suggestion}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="377"/>
        <source>counting…</source>
        <translation>در حال شمارش…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="456"/>
        <source>Save search</source>
        <translation>ذخیرهٔ جستجو</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="457"/>
        <source>Name for this search:</source>
        <translation>نام این جستجو:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="493"/>
        <source>Problems ({problems_count})</source>
        <translation>مشکلات ({problems_count})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="503"/>
        <source>Add files to the archive</source>
        <translation>افزودن فایل‌ها به آرشیف</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="511"/>
        <source>Add a folder to the archive</source>
        <translation>افزودن یک فولدر به آرشیف</translation>
    </message>
</context>
<context>
    <name>OcrWords</name>
    <message>
        <location filename="../../desktop/ui/details.py" line="58"/>
        <source>Read by OCR ({language}, {engine}): {pages}</source>
        <translation>خوانده‌شده با OCR ({language}، ⁦{engine}⁩): {pages}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/details.py" line="59"/>
        <source>No readable text: {pages}</source>
        <translation>بدون متن خواندنی: {pages}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/details.py" line="60"/>
        <source>Could not be read: {pages} ({reasons})</source>
        <translation>خوانده نشد: {pages} ({reasons})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/details.py" line="61"/>
        <source>Waiting to be read: {pages}</source>
        <translation>در انتظار خواندن: {pages}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/details.py" line="62"/>
        <source>page {pages}</source>
        <translation>صفحهٔ {pages}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/details.py" line="63"/>
        <source>pages {pages}</source>
        <translation>صفحه‌های {pages}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/details.py" line="64"/>
        <source>English</source>
        <translation>انگلیسی</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/details.py" line="65"/>
        <source>Dari</source>
        <translation>دری</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/details.py" line="66"/>
        <source>Pashto</source>
        <translation>پشتو</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/details.py" line="67"/>
        <source>Urdu</source>
        <translation>اردو</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/details.py" line="68"/>
        <source>unknown language</source>
        <translation>زبان نامعلوم</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/details.py" line="69"/>
        <source>{languages} and {language}</source>
        <translation>{languages} و {language}</translation>
    </message>
</context>
<context>
    <name>OfficeDialog</name>
    <message>
        <location filename="../../desktop/ui/office_dialog.py" line="49"/>
        <source>&amp;Name</source>
        <translation>نام (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office_dialog.py" line="50"/>
        <source>&amp;Telephone</source>
        <translation>تلفون (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office_dialog.py" line="51"/>
        <source>&amp;Email</source>
        <translation>ایمیل (&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office_dialog.py" line="52"/>
        <source>&amp;Signatory</source>
        <translation>امضاکننده (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office_dialog.py" line="53"/>
        <source>Signatory&apos;s &amp;title</source>
        <translation>وظیفهٔ امضاکننده (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office_dialog.py" line="56"/>
        <source>&amp;Address</source>
        <translation>آدرس (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office_dialog.py" line="57"/>
        <source>Usual a&amp;ddressees</source>
        <translation>گیرندگان معمول (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office_dialog.py" line="60"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office_dialog.py" line="61"/>
        <source>Letter (US)</source>
        <translation>لتر امریکایی</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office_dialog.py" line="74"/>
        <source>Office details</source>
        <translation>معلومات دفتر</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office_dialog.py" line="110"/>
        <source>One addressee per paragraph (a blank line between two); the first is put in new letters.</source>
        <translation>هر گیرنده در یک پاراگراف (یک سطر خالی میان دو گیرنده)؛ اولی در مکتوب‌های نو گذاشته می‌شود.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office_dialog.py" line="123"/>
        <source>&amp;Paper</source>
        <translation>کاغذ (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office_dialog.py" line="124"/>
        <source>&amp;Logo</source>
        <translation>نشان (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office_dialog.py" line="146"/>
        <location filename="../../desktop/ui/office_dialog.py" line="236"/>
        <source>No logo</source>
        <translation>بدون نشان</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office_dialog.py" line="148"/>
        <source>Choose picture…</source>
        <translation>انتخاب عکس…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office_dialog.py" line="151"/>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office_dialog.py" line="170"/>
        <source>&lt;b&gt;Letterhead&lt;/b&gt; (as letters start)</source>
        <translation>&lt;b&gt;سرنامه&lt;/b&gt; (همان‌طور که مکتوب‌ها شروع می‌شوند)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office_dialog.py" line="179"/>
        <source>The archive is open read-only here: the details cannot be changed.</source>
        <translation>آرشیف این‌جا فقط برای خواندن باز است: معلومات تغییر داده نمی‌شود.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office_dialog.py" line="220"/>
        <source>Choose the office&apos;s logo</source>
        <translation>انتخاب نشان دفتر</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office_dialog.py" line="222"/>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>عکس‌ها (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>OfficeLogin</name>
    <message>
        <location filename="../../desktop/ui/office_login.py" line="53"/>
        <source>Password of {user} for the database {database} on {server}:</source>
        <translation>رمز ⁦{user}⁩ برای دیتابیس ⁦{database}⁩ در ⁦{server}⁩:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office_login.py" line="58"/>
        <source>The office server refused that password. Try again.</source>
        <translation>سرور دفتر این رمز را نپذیرفت. دوباره کوشش کنید.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office_login.py" line="63"/>
        <source>Office server password</source>
        <translation>رمز سرور دفتر</translation>
    </message>
</context>
<context>
    <name>OfficeSession</name>
    <message>
        <location filename="../../desktop/ui/office_session.py" line="142"/>
        <source>This login may only read the office&apos;s documents and cases. To add or change them, ask the office&apos;s administrator for the volunteer role.</source>
        <translation>این ورود فقط می‌تواند اسناد و دوسیه‌های دفتر را بخواند. برای افزودن یا تغییر آن‌ها، از مدیر دفتر نقش رضاکار را بخواهید.</translation>
    </message>
</context>
<context>
    <name>OpenArchive</name>
    <message>
        <location filename="../../desktop/ui/open_archive.py" line="36"/>
        <source>Open an archive</source>
        <translation>باز کردن یک آرشیف</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/open_archive.py" line="39"/>
        <source>Choose a &amp;folder on this computer…</source>
        <translation>انتخاب یک فولدر در این کمپیوتر… (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/open_archive.py" line="48"/>
        <source>Or the office&apos;s database: its address, as your office&apos;s administrator gave it, e.g. postgresql://farid_k@office-server/casedesk. The password is asked for when the server wants one, or taken from ~/.pgpass; CaseDesk never stores it.</source>
        <translation>یا دیتابیس دفتر: آدرس آن، همان‌طور که مدیر دفتر داده است، مثلاً ⁦postgresql://farid_k@office-server/casedesk⁩. رمز وقتی سرور بخواهد پرسیده می‌شود، یا از ⁦~/.pgpass⁩ گرفته می‌شود؛ CaseDesk هرگز آن را نگه نمی‌دارد.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/open_archive.py" line="78"/>
        <source>An office database&apos;s address starts with postgresql://, e.g. postgresql://farid_k@office-server/casedesk.</source>
        <translation>آدرس دیتابیس دفتر با ⁦postgresql://⁩ شروع می‌شود، مثلاً ⁦postgresql://farid_k@office-server/casedesk⁩.</translation>
    </message>
</context>
<context>
    <name>OpenWith</name>
    <message>
        <location filename="../../desktop/ui/open_with.py" line="29"/>
        <source>Add this folder to the archive?</source>
        <translation>این فولدر به آرشیف اضافه شود؟</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/open_with.py" line="31"/>
        <source>Add this file to the archive?</source>
        <translation>این فایل به آرشیف اضافه شود؟</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/open_with.py" line="34"/>
        <source>Add these {count} files and folders to the archive?</source>
        <translation>این {count} فایل و فولدر به آرشیف اضافه شود؟</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/open_with.py" line="36"/>
        <source>Add these {count} files to the archive?</source>
        <translation>این {count} فایل به آرشیف اضافه شود؟</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/open_with.py" line="45"/>
        <source>… and {count} more</source>
        <translation>… و {count} دیگر</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/open_with.py" line="57"/>
        <source>CaseDesk</source>
        <translation>CaseDesk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/open_with.py" line="61"/>
        <source>Add</source>
        <translation>افزودن</translation>
    </message>
</context>
<context>
    <name>PacketJobs</name>
    <message>
        <location filename="../../desktop/ui/packet_jobs.py" line="58"/>
        <source>1 page</source>
        <translation>1 صفحه</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_jobs.py" line="60"/>
        <source>{pages} pages</source>
        <translation>{pages} صفحه</translation>
    </message>
</context>
<context>
    <name>PacketList</name>
    <message>
        <location filename="../../desktop/ui/packet_list.py" line="47"/>
        <source>Drag documents to change their order; Delete takes one out.</source>
        <translation>برای تغییر ترتیب، اسناد را بکشید؛ کلید Delete یکی را بیرون می‌کند.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_list.py" line="51"/>
        <source>Move &amp;up</source>
        <translation>به بالا (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_list.py" line="53"/>
        <source>Move do&amp;wn</source>
        <translation>به پایین (&amp;W)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_list.py" line="56"/>
        <source>&amp;Remove</source>
        <translation>حذف (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_list.py" line="59"/>
        <source>Leave the selected documents out of this packet</source>
        <translation>اسناد انتخاب‌شده را از این بسته بیرون کنید</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_list.py" line="107"/>
        <source>Document {id}</source>
        <translation>سند {id}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_list.py" line="169"/>
        <source>1 document</source>
        <translation>1 سند</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_list.py" line="171"/>
        <source>{count} documents</source>
        <translation>{count} سند</translation>
    </message>
</context>
<context>
    <name>PacketOptions</name>
    <message>
        <location filename="../../desktop/ui/packet_options.py" line="28"/>
        <source>US Letter</source>
        <translation>کاغذ لتر امریکایی</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_options.py" line="30"/>
        <source>Black them out</source>
        <translation>سیاه کردن آن‌ها</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_options.py" line="31"/>
        <source>Refuse the packet</source>
        <translation>نساختن بسته</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_options.py" line="33"/>
        <source>Scanned pages and photos are read by OCR to find the values. When a page cannot be read well enough to be sure no value is left on it, black the whole page out (the status names it), or do not build the packet and name the page.</source>
        <translation>صفحه‌های اسکن‌شده و عکس‌ها با متن‌خوانی (OCR) خوانده می‌شوند تا معلومات پیدا شود. اگر صفحه‌ای آن‌قدر خوب خوانده نشود که مطمئن شویم معلوماتی روی آن نمانده، تمام صفحه سیاه شود (وضعیت نام آن را می‌گوید)، یا بسته ساخته نشود و صفحه نام برده شود.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_options.py" line="47"/>
        <source>Briefing packet AFG-…</source>
        <translation>بستهٔ معلوماتی AFG-…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_options.py" line="50"/>
        <source>The first pages: a template filled in from the case</source>
        <translation>صفحه‌های اول: قالبی که از معلومات دوسیه پر می‌شود</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_options.py" line="53"/>
        <source>&amp;Contents page with each document&apos;s first page</source>
        <translation>صفحهٔ فهرست با صفحهٔ اول هر سند (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_options.py" line="59"/>
        <source>Every page is stamped with this and a running number: CD-000001</source>
        <translation>روی هر صفحه این با یک نمبر پی‌درپی مهر می‌شود: CD-000001</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_options.py" line="64"/>
        <source>The number on the packet&apos;s first page</source>
        <translation>نمبر روی صفحهٔ اول بسته</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_options.py" line="66"/>
        <source>&quot;CONFIDENTIAL&quot; at the top of every page</source>
        <translation>«محرم» در بالای هر صفحه</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_options.py" line="80"/>
        <source>&amp;Encrypt with a password (for packets that leave the office)</source>
        <translation>رمزگذاری با یک رمز (برای بسته‌هایی که از دفتر بیرون می‌روند) (&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_options.py" line="94"/>
        <source>&amp;Title</source>
        <translation>عنوان (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_options.py" line="95"/>
        <source>Co&amp;ver</source>
        <translation>پوش (&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_options.py" line="97"/>
        <source>&amp;Stamps</source>
        <translation>مهرها (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_options.py" line="101"/>
        <source>&amp;Paper</source>
        <translation>کاغذ (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_options.py" line="102"/>
        <source>&amp;Remove these values:</source>
        <translation>حذف این معلومات: (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_options.py" line="107"/>
        <source>Poor sca&amp;ns:</source>
        <translation>اسکن‌های ضعیف: (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_options.py" line="126"/>
        <source>No cover</source>
        <translation>بدون پوش</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_options.py" line="141"/>
        <source>the packet</source>
        <translation>بسته</translation>
    </message>
</context>
<context>
    <name>PacketOutput</name>
    <message>
        <location filename="../../desktop/ui/packet_output.py" line="35"/>
        <source>The packet {name} could not be opened for printing ({error}).</source>
        <translation>بستهٔ {name} برای چاپ باز نشد ({error}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_output.py" line="74"/>
        <source>The printer could not be started; check it is ready and try again.</source>
        <translation>پرنتر روشن نشد؛ ببینید آماده است و دوباره کوشش کنید.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_output.py" line="111"/>
        <source>Save a copy of the packet</source>
        <translation>ذخیرهٔ یک نسخه از بسته</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_output.py" line="113"/>
        <source>PDF document (*.pdf)</source>
        <translation>سند PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PacketView</name>
    <message>
        <location filename="../../desktop/ui/packet_view.py" line="85"/>
        <source>briefing notes, cover sheets and earlier packets</source>
        <translation>یادداشت‌های توضیحی، صفحه‌های پوش و بسته‌های قبلی</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_view.py" line="126"/>
        <source>Briefing packet — {case}</source>
        <translation>بستهٔ معلوماتی — {case}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_view.py" line="127"/>
        <source>choose a case</source>
        <translation>یک دوسیه انتخاب کنید</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_view.py" line="141"/>
        <source>&amp;Add the case&apos;s documents</source>
        <translation>افزودن اسناد دوسیه (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_view.py" line="144"/>
        <source>Append the case&apos;s documents that are not listed yet</source>
        <translation>افزودن اسنادی از دوسیه که هنوز در فهرست نیستند</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_view.py" line="147"/>
        <source>Include &amp;internal documents ({kinds})</source>
        <translation>شامل کردن اسناد داخلی ({kinds}) (&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_view.py" line="153"/>
        <source>Briefing notes are marked internal, not for disclosure: they stay out of packets unless you tick this.</source>
        <translation>یادداشت‌های توضیحی داخلی‌اند و برای افشا نیستند: در بسته‌ها نمی‌آیند مگر این را نشانی کنید.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_view.py" line="166"/>
        <source>&amp;Build packet</source>
        <translation>ساختن بسته (&amp;B)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_view.py" line="170"/>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_view.py" line="172"/>
        <source>&amp;Open</source>
        <translation>باز کردن (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_view.py" line="174"/>
        <source>P&amp;rint…</source>
        <translation>چاپ… (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_view.py" line="177"/>
        <source>Show in &amp;folder</source>
        <translation>نشان دادن در فولدر (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_view.py" line="180"/>
        <source>Save a cop&amp;y…</source>
        <translation>ذخیرهٔ یک نسخه… (&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_view.py" line="182"/>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_view.py" line="185"/>
        <source>The archive is open read-only here: packets cannot be kept.</source>
        <translation>آرشیف این‌جا فقط برای خواندن باز است: بسته‌ها نگهداری شده نمی‌توانند.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_view.py" line="198"/>
        <source>C&amp;ase</source>
        <translation>دوسیه (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_view.py" line="217"/>
        <source>&lt;b&gt;Documents, in packet order&lt;/b&gt;</source>
        <translation>&lt;b&gt;اسناد، به ترتیب بسته&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_view.py" line="220"/>
        <source>The packet</source>
        <translation>بسته</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_view.py" line="257"/>
        <source>Reading the case…</source>
        <translation>در حال خواندن دوسیه…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_view.py" line="270"/>
        <source>(choose a case)</source>
        <translation>(یک دوسیه انتخاب کنید)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_view.py" line="299"/>
        <source>Briefing packet — {chosen}</source>
        <translation>بستهٔ معلوماتی — {chosen}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_view.py" line="309"/>
        <location filename="../../desktop/ui/packet_view.py" line="344"/>
        <source>Briefing packet {case_id}</source>
        <translation>بستهٔ معلوماتی {case_id}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_view.py" line="329"/>
        <source>Added {added} document(s) of the case.</source>
        <translation>{added} سند دوسیه اضافه شد.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_view.py" line="331"/>
        <source>Every document is listed.</source>
        <translation>همهٔ اسناد در فهرست است.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_view.py" line="339"/>
        <source>Choose the case the packet is for.</source>
        <translation>دوسیه‌ای را که بسته برای آن است انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_view.py" line="342"/>
        <source>Add at least one document to the packet.</source>
        <translation>دست‌کم یک سند به بسته اضافه کنید.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_view.py" line="367"/>
        <source>Finding the values to remove (scanned pages are read by OCR, about a second a page)…</source>
        <translation>در حال یافتن معلوماتی که باید حذف شود (صفحه‌های اسکن‌شده با OCR خوانده می‌شوند، حدود یک ثانیه برای هر صفحه)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_view.py" line="373"/>
        <source>Preparing…</source>
        <translation>در حال آماده‌سازی…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_view.py" line="376"/>
        <source>Waiting for the archive&apos;s other work to finish…</source>
        <translation>در انتظار تمام شدن کارهای دیگر آرشیف…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_view.py" line="395"/>
        <source>Some PDFs are password-protected: asking for their passwords.</source>
        <translation>بعضی از PDFها رمزدار اند: رمز آن‌ها پرسیده می‌شود.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_view.py" line="430"/>
        <source>Not built: stopped at a password-protected PDF.</source>
        <translation>ساخته نشد: در یک PDF رمزدار متوقف شد.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_view.py" line="438"/>
        <source>That password does not open it (passwords are case-sensitive).</source>
        <translation>آن رمز بازش نمی‌کند (حروف کوچک و بزرگ رمز فرق دارند).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_view.py" line="457"/>
        <source>Cancelling…</source>
        <translation>در حال لغو…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_view.py" line="464"/>
        <source>Page {done} of {total}…</source>
        <translation>صفحهٔ {done} از {total}…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_view.py" line="475"/>
        <source> Encrypted: it opens only with its password.</source>
        <translation> رمزگذاری شد: فقط با رمز آن باز می‌شود.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_view.py" line="480"/>
        <source>Built {pages} pages, stamped {first} to {last}. Kept in the archive as {kept}.{encrypted}{redacted}{locked}</source>
        <translation>{pages} صفحه ساخته شد، با مهر {first} تا {last}. به نام {kept} در آرشیف نگهداری شد.{encrypted}{redacted}{locked}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_view.py" line="547"/>
        <source>Saving a copy to {target}…</source>
        <translation>در حال ذخیرهٔ یک نسخه در {target}…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_view.py" line="557"/>
        <source>Saved a copy to {target}.</source>
        <translation>یک نسخه در {target} ذخیره شد.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_view.py" line="589"/>
        <source>Printing page {page} of {pages}…</source>
        <translation>در حال چاپ صفحهٔ {page} از {pages}…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_view.py" line="602"/>
        <source>Sent {pages} pages to the printer.</source>
        <translation>{pages} صفحه به پرنتر فرستاده شد.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_view.py" line="641"/>
        <source>No documents yet: add the case&apos;s documents, or open the builder from results.</source>
        <translation>هنوز سندی نیست: اسناد دوسیه را اضافه کنید، یا سازندهٔ بسته را از نتیجه‌ها باز کنید.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_view.py" line="645"/>
        <source>{count} document(s). Drag to reorder; Delete leaves one out; then Build.</source>
        <translation>{count} سند. برای تغییر ترتیب بکشید؛ Delete یکی را کنار می‌گذارد؛ بعد «ساختن».</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_view.py" line="668"/>
        <source>{title} (document {id})</source>
        <translation>{title} (سند {id})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_view.py" line="671"/>
        <source> Left out, password-protected: {names}.</source>
        <translation> کنار گذاشته شد، رمزدار: {names}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_view.py" line="681"/>
        <source>pages made pictures: {stamps}</source>
        <translation>صفحه‌هایی که به عکس تبدیل شد: {stamps}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_view.py" line="683"/>
        <source>no page held one</source>
        <translation>هیچ صفحه‌ای آن را نداشت</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_view.py" line="687"/>
        <source> Values removed ({pages}).</source>
        <translation> معلومات حذف شد ({pages}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_view.py" line="688"/>
        <source> Values removed ({pages}). Blacked out, scanned pages that could not be read well enough to be sure: {stamps}.</source>
        <translation> معلومات حذف شد ({pages}). صفحه‌های اسکن‌شده‌ای که آن‌قدر خوب خوانده نشد که مطمئن باشیم، سیاه شد: {stamps}.</translation>
    </message>
</context>
<context>
    <name>PdfTools</name>
    <message>
        <location filename="../../desktop/ui/pdf_tools.py" line="42"/>
        <source>Page</source>
        <translation>صفحه</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pdf_tools.py" line="44"/>
        <source>The page shown; type a page&apos;s number and press Enter</source>
        <translation>صفحهٔ نمایش‌داده‌شده؛ نمبر صفحه را بنویسید و Enter را بزنید</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pdf_tools.py" line="59"/>
        <source>Previous page</source>
        <translation>صفحهٔ قبلی</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pdf_tools.py" line="63"/>
        <source>Next page</source>
        <translation>صفحهٔ بعدی</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pdf_tools.py" line="68"/>
        <source>Zoom out</source>
        <translation>کوچک‌نمایی</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pdf_tools.py" line="75"/>
        <source>Zoom in</source>
        <translation>بزرگ‌نمایی</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pdf_tools.py" line="81"/>
        <source>Fit the page&apos;s width</source>
        <translation>اندازه به عرض صفحه</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pdf_tools.py" line="84"/>
        <source>Fit the whole page</source>
        <translation>اندازه به تمام صفحه</translation>
    </message>
</context>
<context>
    <name>Preview</name>
    <message>
        <location filename="../../desktop/ui/preview.py" line="36"/>
        <source>Select a result to preview it here.</source>
        <translation>برای پیش‌نمایش، یک نتیجه را انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preview.py" line="107"/>
        <source>Page {page} of {pages}. </source>
        <translation>صفحهٔ {page} از {pages}. </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preview.py" line="124"/>
        <source>Page {page}</source>
        <translation>صفحهٔ {page}</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../desktop/ui/problems.py" line="31"/>
        <source>Enter password…</source>
        <translation>نوشتن رمز…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problems.py" line="34"/>
        <source>Select it and choose Enter password… to read it with its password.</source>
        <translation>آن را انتخاب کنید و «نوشتن رمز…» را بزنید تا با رمزش خوانده شود.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problems.py" line="37"/>
        <source>It may be damaged or very large. Choose Try again; if it stops again, open it in its own program, save a smaller copy as PDF and add that.</source>
        <translation>شاید خراب یا بسیار بزرگ باشد. «دوباره کوشش» را بزنید؛ اگر باز هم متوقف شد، آن را در برنامهٔ خودش باز کنید، یک نسخهٔ کوچک‌تر به شکل PDF ذخیره کنید و همان را اضافه کنید.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problems.py" line="42"/>
        <source>Split it into smaller files (or save a smaller copy as PDF) and add those.</source>
        <translation>آن را به فایل‌های کوچک‌تر تقسیم کنید (یا یک نسخهٔ کوچک‌تر به شکل PDF ذخیره کنید) و آن‌ها را اضافه کنید.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problems.py" line="67"/>
        <source>File</source>
        <translation>فایل</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problems.py" line="68"/>
        <source>Why it was not indexed</source>
        <translation>چرا فهرست نشد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problems.py" line="69"/>
        <source>What to do</source>
        <translation>چه باید کرد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problems.py" line="82"/>
        <source>Try again</source>
        <translation>دوباره کوشش</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problems.py" line="134"/>
        <source>Password</source>
        <translation>رمز</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problems.py" line="135"/>
        <source>Password for {path}:</source>
        <translation>رمز {path}:</translation>
    </message>
</context>
<context>
    <name>Protect</name>
    <message>
        <location filename="../../desktop/ui/protect.py" line="17"/>
        <source>Take the case&apos;s values of these kinds out for real: a PDF page that holds one becomes a picture with the value blacked out (no text left under it), a value in a letter or an email is replaced by █████ [redacted], and the finished file is read back before it is kept.</source>
        <translation>معلومات دوسیه از این نوع‌ها واقعاً حذف می‌شود: صفحهٔ PDF که یکی از آن‌ها را دارد به عکسی تبدیل می‌شود که آن معلومات در آن سیاه شده (هیچ متنی زیرش نمی‌ماند)، در مکتوب یا ایمیل به جای آن █████ [redacted] می‌آید، و فایل آماده پیش از نگهداری دوباره خوانده می‌شود.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/protect.py" line="27"/>
        <source>A-numbers</source>
        <translation>نمبرهای A-number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/protect.py" line="28"/>
        <source>Passport numbers</source>
        <translation>نمبرهای پاسپورت</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/protect.py" line="29"/>
        <source>Tazkira numbers</source>
        <translation>نمبرهای تذکره</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/protect.py" line="30"/>
        <source>Dates of birth</source>
        <translation>تاریخ‌های تولد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/protect.py" line="31"/>
        <source>Addresses (the case&apos;s current location)</source>
        <translation>آدرس‌ها (محل فعلی دوسیه)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/protect.py" line="32"/>
        <source>Confidential notes</source>
        <translation>یادداشت‌های محرم</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/protect.py" line="72"/>
        <source>Password</source>
        <translation>رمز</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/protect.py" line="74"/>
        <source>The same password again</source>
        <translation>همان رمز، دوباره</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/protect.py" line="94"/>
        <source>Type the password {what} is to be opened with.</source>
        <translation>رمزی را بنویسید که {what} با آن باز شود.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/protect.py" line="100"/>
        <source>The two passwords are not the same; type them again.</source>
        <translation>دو رمز یکی نیست؛ دوباره بنویسید.</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="28"/>
        <source>Show Details...</source>
        <translation>نمایش جزئیات...</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="29"/>
        <source>Hide Details...</source>
        <translation>پنهان کردن جزئیات...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="15"/>
        <source>OK</source>
        <translation>تأیید</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="16"/>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="17"/>
        <source>Open</source>
        <translation>باز کردن</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="18"/>
        <source>&amp;Yes</source>
        <translation>بلی (&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="19"/>
        <source>&amp;No</source>
        <translation>نخیر (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="20"/>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="21"/>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="22"/>
        <source>Discard</source>
        <translation>دور انداختن</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="23"/>
        <source>Don&apos;t Save</source>
        <translation>ذخیره نشود</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="24"/>
        <source>Close without Saving</source>
        <translation>بستن بدون ذخیره</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="25"/>
        <source>Apply</source>
        <translation>اعمال</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="26"/>
        <source>Retry</source>
        <translation>دوباره کوشش</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="27"/>
        <source>Help</source>
        <translation>رهنمایی</translation>
    </message>
</context>
<context>
    <name>Recent</name>
    <message>
        <location filename="../../desktop/ui/open_archive.py" line="68"/>
        <source>Open an archive</source>
        <translation>باز کردن یک آرشیف</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recent.py" line="72"/>
        <source>&amp;Recent archives</source>
        <translation>آرشیف‌های اخیر (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recent.py" line="97"/>
        <source>No other archives yet</source>
        <translation>هنوز آرشیف دیگری نیست</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recent.py" line="99"/>
        <source>&amp;Clear list</source>
        <translation>پاک کردن فهرست (&amp;C)</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <location filename="../../desktop/ui/results_view.py" line="57"/>
        <source>page {page}</source>
        <translation>صفحهٔ {page}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_view.py" line="95"/>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_view.py" line="197"/>
        <source>Search results</source>
        <translation>نتیجه‌های جستجو</translation>
    </message>
</context>
<context>
    <name>ScanPage</name>
    <message>
        <location filename="../../desktop/ui/scan_page.py" line="92"/>
        <source>This page has not been read yet.</source>
        <translation>این صفحه هنوز خوانده نشده است.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan_page.py" line="94"/>
        <source>No readable text was found on this page.</source>
        <translation>در این صفحه متن خواندنی پیدا نشد.</translation>
    </message>
</context>
<context>
    <name>TemplateNeeds</name>
    <message>
        <location filename="../../desktop/ui/need_words.py" line="14"/>
        <source>Organisation name (office settings)</source>
        <translation>نام موسسه (معلومات دفتر)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/need_words.py" line="15"/>
        <source>Organisation address (office settings)</source>
        <translation>آدرس موسسه (معلومات دفتر)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/need_words.py" line="16"/>
        <source>Signatory (office settings)</source>
        <translation>امضاکننده (معلومات دفتر)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/need_words.py" line="17"/>
        <source>Signatory&apos;s title (office settings)</source>
        <translation>وظیفهٔ امضاکننده (معلومات دفتر)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/need_words.py" line="18"/>
        <source>Office telephone (office settings)</source>
        <translation>تیلفون دفتر (معلومات دفتر)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/need_words.py" line="19"/>
        <source>Office email (office settings)</source>
        <translation>ایمیل دفتر (معلومات دفتر)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/need_words.py" line="20"/>
        <source>Principal applicant&apos;s name (case)</source>
        <translation>نام متقاضی اصلی (دوسیه)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/need_words.py" line="21"/>
        <source>Principal applicant&apos;s nationality (case)</source>
        <translation>تابعیت متقاضی اصلی (دوسیه)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/need_words.py" line="22"/>
        <source>Pathway (case)</source>
        <translation>مسیر (دوسیه)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/need_words.py" line="23"/>
        <source>Location (case)</source>
        <translation>محل فعلی (دوسیه)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/need_words.py" line="24"/>
        <source>Vulnerabilities and protection needs (case)</source>
        <translation>آسیب‌پذیری‌ها و نیازهای حمایتی (دوسیه)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/need_words.py" line="25"/>
        <source>At least one deadline (case)</source>
        <translation>دست‌کم یک مهلت (دوسیه)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/need_words.py" line="26"/>
        <source>At least one cited document</source>
        <translation>دست‌کم یک سند حواله‌شده</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/need_words.py" line="27"/>
        <source>At least one document linked to the case</source>
        <translation>دست‌کم یک سند وصل‌شده به دوسیه</translation>
    </message>
</context>
<context>
    <name>Tidy</name>
    <message>
        <location filename="../../desktop/ui/tidy.py" line="23"/>
        <source>Tidying the search index for faster searches (in the background)…</source>
        <translation>در حال مرتب کردن فهرست جستجو برای جستجوی سریع‌تر (در پس‌زمینه)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tidy.py" line="26"/>
        <source>The search index is tidy: searches are faster.</source>
        <translation>فهرست جستجو مرتب است: جستجوها سریع‌تر اند.</translation>
    </message>
</context>
<context>
    <name>ZoneFields</name>
    <message>
        <location filename="../../desktop/ui/zone_fields.py" line="36"/>
        <source>Machine-readable zones</source>
        <translation>بخش‌های ماشین‌خوان</translation>
    </message>
</context>
</TS>
