<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../qml/dialogs/AboutDialog.qml" line="+11"/>
        <source>About Haul</source>
        <translation>حول Haul</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Haul %1</source>
        <translation>‏Haul %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A download manager whose downloads never corrupt and always resume.</source>
        <translation>مدير تنزيلات لا تتلف تنزيلاته أبدًا ويمكن استئنافها دائمًا.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Free software under the MIT licence.</source>
        <translation>برنامج حر مرخّص بموجب رخصة MIT.</translation>
    </message>
</context>
<context>
    <name>AddDialog</name>
    <message>
        <location filename="../qml/dialogs/AddDialog.qml" line="+70"/>
        <source>Add downloads</source>
        <translation>إضافة تنزيلات</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Save downloads to</source>
        <translation>حفظ التنزيلات في</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Links, one per line. A SHA-256 checksum may follow a link on the same line.</source>
        <translation>رابط واحد في كل سطر. يمكن أن يلي الرابطَ مجموعٌ اختباري SHA-256 في السطر نفسه.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>https://example.com/file.iso
https://example.com/file.iso  SHA256</source>
        <translation>https://example.com/file.iso
https://example.com/file.iso  SHA256</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Links to download</source>
        <translation>روابط للتنزيل</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Paste or type at least one http or https link.</source>
        <translation>الصق أو اكتب رابط http أو https واحدًا على الأقل.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 link ready</source>
        <translation>رابط واحد جاهز</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln links ready</source>
        <translation>
            <numerusform>لا توجد روابط جاهزة</numerusform>
            <numerusform>رابط واحد جاهز</numerusform>
            <numerusform>رابطان جاهزان</numerusform>
            <numerusform>‏%Ln روابط جاهزة</numerusform>
            <numerusform>‏%Ln رابطًا جاهزًا</numerusform>
            <numerusform>‏%Ln رابط جاهز</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 line can&apos;t be used</source>
        <translation>سطر واحد غير صالح للاستخدام</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln lines can&apos;t be used</source>
        <translation>
            <numerusform>لا توجد أسطر غير صالحة</numerusform>
            <numerusform>سطر واحد غير صالح للاستخدام</numerusform>
            <numerusform>سطران غير صالحين للاستخدام</numerusform>
            <numerusform>‏%Ln أسطر غير صالحة للاستخدام</numerusform>
            <numerusform>‏%Ln سطرًا غير صالح للاستخدام</numerusform>
            <numerusform>‏%Ln سطر غير صالح للاستخدام</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2</source>
        <translation>‏%1 · %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Line %1: %2</source>
        <translation>السطر %1: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save to</source>
        <translation>الحفظ في</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Destination folder</source>
        <translation>مجلد الوجهة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the destination folder</source>
        <translation>اختيار مجلد الوجهة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Optional: the expected checksum, 64 hex digits</source>
        <translation>اختياري: المجموع الاختباري المتوقع، 64 رقمًا ستّ عشريًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a single link only</source>
        <translation>لرابط واحد فقط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected SHA-256 checksum</source>
        <translation>المجموع الاختباري SHA-256 المتوقع</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add paused (start them later)</source>
        <translation>إضافة متوقفة مؤقتًا (بدء تنزيلها لاحقًا)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add paused</source>
        <translation>إضافة متوقفة مؤقتًا</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Download</source>
        <translation>تنزيل</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <location filename="../src/app/autostart.cpp" line="+189"/>
        <source>Cannot create the folder %1</source>
        <translation>تعذّر إنشاء المجلد %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot write %1: %2</source>
        <translation>تعذّرت الكتابة في %1: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot remove %1: %2</source>
        <translation>تعذّرت إزالة %1: %2</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>No program to start</source>
        <translation>لا يوجد برنامج لتشغيله</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot change %1</source>
        <translation>تعذّر تغيير %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No folder for autostart entries</source>
        <translation>لا يوجد مجلد لعناصر التشغيل التلقائي</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The command contains a control character</source>
        <translation>يحتوي الأمر على محرف تحكّم</translation>
    </message>
</context>
<context>
    <name>BarButton</name>
    <message>
        <location filename="../qml/components/BarButton.qml" line="+28"/>
        <source>%1 (%2)</source>
        <translation>‏%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ChecksumBadge</name>
    <message>
        <location filename="../qml/components/ChecksumBadge.qml" line="+41"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256 mismatch</source>
        <translation>‏SHA-256 غير مطابق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256 pending</source>
        <translation>‏SHA-256 قيد الانتظار</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <location filename="../qml/components/DetailsPane.qml" line="+48"/>
        <source>%1 %2</source>
        <translation>‏%1 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Matches the expected SHA-256.</source>
        <translation>يطابق قيمة SHA-256 المتوقعة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Does not match: the file is not the one expected.</source>
        <translation>غير مطابق: هذا ليس الملف المتوقع.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked when the download completes.</source>
        <translation>يُتحقَّق منه عند اكتمال التنزيل.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No expected checksum was given.</source>
        <translation>لم يُحدَّد مجموع اختباري متوقع.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+17"/>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Hide details</source>
        <translation>إخفاء التفاصيل</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Select a download to see where it comes from, where it goes and how each attempt went.</source>
        <translation>اختر تنزيلًا لترى مصدره ووجهته وكيف جرت كل محاولة.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the file</source>
        <translation>فتح الملف</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+58"/>
        <source>Open folder</source>
        <translation>فتح المجلد</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Open the destination folder</source>
        <translation>فتح مجلد الوجهة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change folder…</source>
        <translation>تغيير المجلد…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the settings to change the download folder</source>
        <translation>فتح الإعدادات لتغيير مجلد التنزيلات</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Retry now</source>
        <translation>إعادة المحاولة الآن</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Retry</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Source and destination</source>
        <translation>المصدر والوجهة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>URL</source>
        <translation>عنوان URL</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy URL</source>
        <translation>نسخ عنوان URL</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved to</source>
        <translation>محفوظ في</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Connections</source>
        <translation>الاتصالات</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Speed and connections</source>
        <translation>السرعة والاتصالات</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Limit this download to</source>
        <translation>تقييد هذا التنزيل إلى</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Limit the speed of this download</source>
        <translation>تقييد سرعة هذا التنزيل</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Speed limit of this download in KiB/s</source>
        <translation>حد سرعة هذا التنزيل بوحدة KiB/s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>KiB/s</source>
        <translation>‏KiB/s</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+18"/>
        <source>Connections for this download</source>
        <translation>اتصالات هذا التنزيل</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Give this download its own number of connections</source>
        <translation>منح هذا التنزيل عدد اتصالات خاصًا به</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>as in Settings</source>
        <translation>كما في الإعدادات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from its next start</source>
        <translation>بدءًا من تشغيله التالي</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Attempts (%1)</source>
        <translation>المحاولات (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attempts</source>
        <translation>المحاولات</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not started yet.</source>
        <translation>لم يبدأ بعد.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>#%1</source>
        <translation>‏#%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>HTTP %1</source>
        <translation>‏HTTP %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no answer</source>
        <translation>لا استجابة</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>in progress</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Integrity</source>
        <translation>السلامة</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+25"/>
        <source>Known when the download completes</source>
        <translation>تُعرف عند اكتمال التنزيل</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Copy SHA-256</source>
        <translation>نسخ SHA-256</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Expected SHA-256</source>
        <translation>‏SHA-256 المتوقع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None given</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy expected SHA-256</source>
        <translation>نسخ SHA-256 المتوقع</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tree hash</source>
        <translation>تجزئة الشجرة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copy tree hash</source>
        <translation>نسخ تجزئة الشجرة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Server</source>
        <translation>الخادم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ETag</source>
        <translation>ETag</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>Not sent</source>
        <translation>لم يُرسَل</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Last modified</source>
        <translation>آخر تعديل</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Times</source>
        <translation>الأوقات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added</source>
        <translation>تاريخ الإضافة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Finished</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not yet</source>
        <translation>ليس بعد</translation>
    </message>
</context>
<context>
    <name>DownloadQueue</name>
    <message>
        <location filename="../src/queue/downloadqueue.cpp" line="+587"/>
        <source>cancelled</source>
        <translation>أُلغي</translation>
    </message>
</context>
<context>
    <name>DropOverlay</name>
    <message>
        <location filename="../qml/components/DropOverlay.qml" line="+15"/>
        <location line="+31"/>
        <source>Drop to download</source>
        <translation>أفلِت للتنزيل</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Links go to your download folder and start right away.</source>
        <translation>تُنزَّل الروابط إلى مجلد التنزيلات ويبدأ تنزيلها فورًا.</translation>
    </message>
</context>
<context>
    <name>Haul</name>
    <message>
        <location filename="../src/cli/clioptions.cpp" line="+78"/>
        <source>Download files over HTTP(S), resumably and crash-safely.</source>
        <translation>تنزيل الملفات عبر HTTP(S) مع إمكانية الاستئناف والأمان عند الأعطال.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this help.</source>
        <translation>إظهار هذه المساعدة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the version.</source>
        <translation>إظهار الإصدار.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destination file (only with exactly one URL).</source>
        <translation>ملف الوجهة (مع عنوان URL واحد فقط).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FILE</source>
        <translation>ملف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Destination folder (default: current folder); file name from Content-Disposition, else the URL.</source>
        <translation>مجلد الوجهة (الافتراضي: المجلد الحالي)؛ اسم الملف من Content-Disposition، وإلا فمن عنوان URL.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DIR</source>
        <translation>مجلد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected SHA-256 of the whole file.</source>
        <translation>قيمة SHA-256 المتوقعة للملف كاملًا.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HEX</source>
        <translation>HEX</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retries per file after the first attempt (default 20); attempts that made progress are free.</source>
        <translation>عدد مرات إعادة المحاولة لكل ملف بعد المحاولة الأولى (الافتراضي 20)؛ المحاولات التي أحرزت تقدمًا لا تُحتسب.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+7"/>
        <location line="+1"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Cap on any one backoff or Retry-After wait (default 60).</source>
        <translation>الحد الأقصى لأي انتظار بسبب التراجع أو Retry-After (الافتراضي 60).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SECONDS</source>
        <translation>ثوانٍ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra request header (repeatable).</source>
        <translation>ترويسة طلب إضافية (قابلة للتكرار).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&quot;K: V&quot;</source>
        <translation>&quot;K: V&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User-Agent to send.</source>
        <translation>قيمة User-Agent المُرسَلة.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>UA</source>
        <translation>UA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds to wait for a response (default 30).</source>
        <translation>عدد ثواني انتظار الاستجابة (الافتراضي 30).</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No body bytes for S seconds ends the attempt, which is retried (default 60).</source>
        <translation>إذا لم تصل أي بايتات لمدة S ثانية، تنتهي المحاولة وتُعاد (الافتراضي 60).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files at once (default 4).</source>
        <translation>عدد الملفات في وقت واحد (الافتراضي 4).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connections per file, 1-16 (default 1). More split a file when the server allows it.</source>
        <translation>عدد الاتصالات لكل ملف، من 1 إلى 16 (الافتراضي 1). يُقسَّم الملف على أكثر من اتصال حين يسمح الخادم بذلك.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speed limit for all files together, in bytes per second: 500K, 2M, 1G.</source>
        <translation>حد السرعة لجميع الملفات معًا، بالبايت في الثانية: 500K أو 2M أو 1G.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>RATE</source>
        <translation>معدل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip TLS certificate verification.</source>
        <translation>تخطي التحقق من شهادة TLS.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One JSON object per finished file on standard output.</source>
        <translation>كائن JSON واحد لكل ملف مكتمل على المخرج القياسي.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print errors only.</source>
        <translation>طباعة الأخطاء فقط.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What to download (one or more).</source>
        <translation>ما يُراد تنزيله (عنوان واحد أو أكثر).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>--%1 given more than once</source>
        <translation>حُدِّد --%1 أكثر من مرة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no URL given</source>
        <translation>لم يُحدَّد عنوان URL</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--output needs a file name</source>
        <translation>يتطلب --output اسم ملف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--dir needs a folder</source>
        <translation>يتطلب --dir مجلدًا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--output works with exactly one URL; use --dir for several</source>
        <translation>يعمل --output مع عنوان URL واحد فقط؛ استخدم --dir لعدة عناوين</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--sha256 needs 64 hexadecimal digits</source>
        <translation>يتطلب --sha256 64 رقمًا ستّ عشريًا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--sha256 works with exactly one URL</source>
        <translation>يعمل --sha256 مع عنوان URL واحد فقط</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--retries needs a whole number of 0 or more</source>
        <translation>يتطلب --retries عددًا صحيحًا يساوي 0 أو أكثر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--max-wait needs a number of seconds, 0 or more</source>
        <translation>يتطلب --max-wait عدد ثوانٍ يساوي 0 أو أكثر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--connect-timeout needs a number of seconds</source>
        <translation>يتطلب --connect-timeout عدد ثوانٍ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--stall-timeout needs a number of seconds</source>
        <translation>يتطلب --stall-timeout عدد ثوانٍ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--jobs needs a number from 1 to 256</source>
        <translation>يتطلب --jobs عددًا من 1 إلى 256</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--connections needs a number from 1 to 16</source>
        <translation>يتطلب --connections عددًا من 1 إلى 16</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--limit-rate needs a rate such as 500K, 2M or 1G</source>
        <translation>يتطلب --limit-rate معدلًا مثل 500K أو 2M أو 1G</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>bad header &quot;%1&quot;: expected &quot;Name: value&quot;</source>
        <translation>ترويسة غير صالحة &quot;%1&quot;: المتوقع &quot;الاسم: القيمة&quot;</translation>
    </message>
</context>
<context>
    <name>Haul::AppController</name>
    <message>
        <location filename="../src/app/appcontroller.cpp" line="+47"/>
        <source>Download complete</source>
        <translation>اكتمل التنزيل</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Download failed</source>
        <translation>فشل التنزيل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1: %2</source>
        <translation>‏%1: %2</translation>
    </message>
</context>
<context>
    <name>Haul::AppSettings</name>
    <message>
        <location filename="../src/app/appsettings.cpp" line="+101"/>
        <source>Could not change “start at login”: %1</source>
        <translation>تعذّر تغيير «التشغيل عند تسجيل الدخول»: %1</translation>
    </message>
</context>
<context>
    <name>Haul::CliRunner</name>
    <message>
        <location filename="../src/cli/clirunner.cpp" line="+51"/>
        <source>not a folder: %1</source>
        <translation>ليس مجلدًا: %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1: %2 — %3</source>
        <translation>‏%1: %2 — %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>connecting</source>
        <translation>جارٍ الاتصال</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>retrying in %1</source>
        <translation>إعادة المحاولة بعد %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>resuming</source>
        <translation>جارٍ الاستئناف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: attempt %2: %3; %4</source>
        <translation>%1: المحاولة %2: %3؛ %4</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>interrupted; saving progress…</source>
        <translation>تمت المقاطعة؛ جارٍ حفظ التقدم…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>done: %1  %2 in %3 (%4/s)  sha256 %5</source>
        <translation>اكتمل: %1  %2 في %3 (%4/ث)  sha256 %5</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (verified)</source>
        <translation> (تم التحقق)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>note: %1 was sent with Content-Encoding %2 and saved as received</source>
        <translation>ملاحظة: أُرسل %1 بترميز Content-Encoding %2 وحُفظ كما استُلم</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: stopped; progress saved, run the same command again to resume</source>
        <translation>%1: توقف؛ حُفظ التقدم، شغّل الأمر نفسه مجددًا للاستئناف</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source> (after %n attempt(s))</source>
        <translation>
            <numerusform> (بعد %n محاولة)</numerusform>
            <numerusform> (بعد محاولة واحدة)</numerusform>
            <numerusform> (بعد محاولتين)</numerusform>
            <numerusform> (بعد %n محاولات)</numerusform>
            <numerusform> (بعد %n محاولة)</numerusform>
            <numerusform> (بعد %n محاولة)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Haul::Download</name>
    <message>
        <location filename="../src/net/download.cpp" line="+50"/>
        <location filename="../src/net/segmentedtransfer.cpp" line="+72"/>
        <source>connection timed out after %1 s</source>
        <translation>انتهت مهلة الاتصال بعد %1 ث</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../src/net/segmentedtransfer.cpp" line="+6"/>
        <source>no data received for %1 s</source>
        <translation>لم تُستلم بيانات منذ %1 ث</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+3"/>
        <location line="+315"/>
        <source>cancelled</source>
        <translation>أُلغي</translation>
    </message>
    <message>
        <location line="-196"/>
        <source>the network manager is gone</source>
        <translation>لم يعد مدير الشبكة موجودًا</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>the server&apos;s response headers could not be read (HTTP %1, too many header fields?)</source>
        <translation>تعذّرت قراءة ترويسات استجابة الخادم (HTTP %1، هل حقول الترويسة كثيرة جدًا؟)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a file named “%1” already exists</source>
        <translation>يوجد ملف باسم «%1» بالفعل</translation>
    </message>
    <message>
        <location filename="../src/net/replysupport.cpp" line="+59"/>
        <source>no reply</source>
        <translation>لا رد</translation>
    </message>
</context>
<context>
    <name>Haul::ItemText</name>
    <message>
        <location filename="../src/queue/itemtext.cpp" line="+34"/>
        <source>login required (401)</source>
        <translation>تسجيل الدخول مطلوب (401)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>access denied (403)</source>
        <translation>رُفض الوصول (403)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not found (404)</source>
        <translation>غير موجود (404)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gone from the server (410)</source>
        <translation>أُزيل من الخادم (410)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>server timed out (408)</source>
        <translation>انتهت مهلة الخادم (408)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>too many requests (429)</source>
        <translation>طلبات كثيرة جدًا (429)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>server error (500)</source>
        <translation>خطأ في الخادم (500)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bad gateway (502)</source>
        <translation>بوابة غير صالحة (502)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>server busy (503)</source>
        <translation>الخادم مشغول (503)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gateway timed out (504)</source>
        <translation>انتهت مهلة البوابة (504)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>server answered %1</source>
        <translation>ردّ الخادم بالرمز %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>unexpected answer from the server</source>
        <translation>استجابة غير متوقعة من الخادم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>connection lost</source>
        <translation>انقطع الاتصال</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no data received</source>
        <translation>لم تُستلم أي بيانات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>secure connection failed</source>
        <translation>فشل الاتصال الآمن</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the server sent something inconsistent</source>
        <translation>أرسل الخادم بيانات غير متسقة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>saved progress did not match; starting over</source>
        <translation>لم يتطابق التقدم المحفوظ؛ يُعاد البدء من الأول</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>checksum mismatch</source>
        <translation>المجموع الاختباري غير مطابق</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>stopped</source>
        <translation>متوقف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a file with this name exists</source>
        <translation>يوجد ملف بهذا الاسم</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Queued</source>
        <translation>في قائمة الانتظار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connecting…</source>
        <translation>جارٍ الاتصال…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloading</source>
        <translation>جارٍ التنزيل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>متوقف مؤقتًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verifying…</source>
        <translation>جارٍ التحقق…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waiting to retry in %1</source>
        <translation>إعادة المحاولة بعد %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Retrying now</source>
        <translation>جارٍ إعادة المحاولة</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+105"/>
        <source>%1 — %2</source>
        <translation>‏%1 — %2</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Complete · Verified</source>
        <translation>مكتمل · تم التحقق</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Complete · Checksum mismatch</source>
        <translation>مكتمل · المجموع الاختباري غير مطابق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complete</source>
        <translation>مكتمل</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Failed</source>
        <translation>فشل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed — %1</source>
        <translation>فشل — %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1/s</source>
        <translation>‏%1/ث</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 of %2</source>
        <translation>‏%1 من %2</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%Ln s</source>
        <comment>seconds</comment>
        <translation>
            <numerusform>‏%Ln ثانية</numerusform>
            <numerusform>ثانية واحدة</numerusform>
            <numerusform>ثانيتين</numerusform>
            <numerusform>‏%Ln ثوانٍ</numerusform>
            <numerusform>‏%Ln ثانية</numerusform>
            <numerusform>‏%Ln ثانية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln min</source>
        <comment>minutes</comment>
        <translation>
            <numerusform>‏%Ln دقيقة</numerusform>
            <numerusform>دقيقة واحدة</numerusform>
            <numerusform>دقيقتين</numerusform>
            <numerusform>‏%Ln دقائق</numerusform>
            <numerusform>‏%Ln دقيقة</numerusform>
            <numerusform>‏%Ln دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln d</source>
        <comment>days</comment>
        <translation>
            <numerusform>‏%Ln يوم</numerusform>
            <numerusform>يوم واحد</numerusform>
            <numerusform>يومين</numerusform>
            <numerusform>‏%Ln أيام</numerusform>
            <numerusform>‏%Ln يومًا</numerusform>
            <numerusform>‏%Ln يوم</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%L1 h %L2 min</source>
        <translation>‏%L1 س %L2 د</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%Ln h</source>
        <comment>hours</comment>
        <translation>
            <numerusform>‏%Ln ساعة</numerusform>
            <numerusform>ساعة واحدة</numerusform>
            <numerusform>ساعتين</numerusform>
            <numerusform>‏%Ln ساعات</numerusform>
            <numerusform>‏%Ln ساعة</numerusform>
            <numerusform>‏%Ln ساعة</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>~%1</source>
        <comment>about this long left</comment>
        <translation>حوالي %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the server does not accept byte ranges</source>
        <translation>الخادم لا يقبل نطاقات البايتات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server does not say how large the file is</source>
        <translation>الخادم لا يذكر حجم الملف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server gives no ETag or date that could keep the parts consistent</source>
        <translation>الخادم لا يقدّم ETag ولا تاريخًا يضمن اتساق الأجزاء</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is too small to split</source>
        <translation>الملف أصغر من أن يُقسَّم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server stopped honouring byte ranges</source>
        <translation>توقف الخادم عن الالتزام بنطاقات البايتات</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>1 connection</source>
        <translation>اتصال واحد</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%Ln connections</source>
        <translation>
            <numerusform>‏%Ln اتصال</numerusform>
            <numerusform>اتصال واحد</numerusform>
            <numerusform>اتصالان</numerusform>
            <numerusform>‏%Ln اتصالات</numerusform>
            <numerusform>‏%Ln اتصالًا</numerusform>
            <numerusform>‏%Ln اتصال</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Haul::QueueStoreWorker</name>
    <message>
        <location filename="../src/queue/queuestoreworker.cpp" line="+88"/>
        <source>The download queue cannot be saved: the folder %1 could not be created. Haul keeps working, but changes to the queue will be lost when it quits.</source>
        <translation>لا يمكن حفظ قائمة انتظار التنزيلات: تعذّر إنشاء المجلد %1. سيواصل Haul العمل، لكن ستُفقد التغييرات على القائمة عند إنهائه.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The download queue %1 cannot be used (%2) and could not be moved aside. Haul keeps working, but changes to the queue will be lost when it quits.</source>
        <translation>لا يمكن استخدام قائمة انتظار التنزيلات %1 (%2) وتعذّر نقلها جانبًا. سيواصل Haul العمل، لكن ستُفقد التغييرات على القائمة عند إنهائه.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The download queue was saved by a newer version of Haul (%1). It was kept as %2 and a new, empty queue was started.</source>
        <translation>حُفظت قائمة انتظار التنزيلات بإصدار أحدث من Haul (%1). أُبقيت باسم %2 وبُدئت قائمة جديدة فارغة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The download queue was damaged and could not be read. It was kept as %1 and a new, empty queue was started.</source>
        <translation>تلفت قائمة انتظار التنزيلات وتعذّرت قراءتها. أُبقيت باسم %1 وبُدئت قائمة جديدة فارغة.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The download queue cannot be saved to %1 (%2). Haul keeps working, but changes to the queue will be lost when it quits.</source>
        <translation>لا يمكن حفظ قائمة انتظار التنزيلات في %1 (%2). سيواصل Haul العمل، لكن ستُفقد التغييرات على القائمة عند إنهائه.</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>format %1, this version reads up to %2</source>
        <translation>التنسيق %1، وهذا الإصدار يقرأ حتى %2</translation>
    </message>
</context>
<context>
    <name>Haul::SegmentedTransfer</name>
    <message>
        <location filename="../src/net/segmentedtransfer.cpp" line="+172"/>
        <source>the server ended a segment early at byte %1</source>
        <translation>أنهى الخادم مقطعًا قبل أوانه عند البايت %1</translation>
    </message>
</context>
<context>
    <name>Haul::SingleInstance</name>
    <message>
        <location filename="../src/app/singleinstance.cpp" line="+176"/>
        <source>Too many arguments to hand to the running Haul.</source>
        <translation>الوسائط كثيرة جدًا لتمريرها إلى Haul العامل.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No running Haul to hand the links to (%1).</source>
        <translation>لا يوجد Haul عامل لتمرير الروابط إليه (%1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The running Haul did not accept the links (%1).</source>
        <translation>لم يقبل Haul العامل الروابط (%1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The running Haul did not confirm it received the links.</source>
        <translation>لم يؤكد Haul العامل استلام الروابط.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The running Haul sent an unexpected reply.</source>
        <translation>أرسل Haul العامل ردًا غير متوقع.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Haul is already running with this profile.</source>
        <translation>‏Haul يعمل بالفعل بهذا الملف الشخصي.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot create the socket %1: %2</source>
        <translation>تعذّر إنشاء المقبس %1: %2</translation>
    </message>
</context>
<context>
    <name>Haul::TerminalPrinter</name>
    <message>
        <location filename="../src/cli/terminalprinter.cpp" line="+47"/>
        <source>  ETA %1</source>
        <translation>  المتبقي %1</translation>
    </message>
</context>
<context>
    <name>Haul::TrayIcon</name>
    <message>
        <location filename="../src/app/trayicon.cpp" line="+17"/>
        <source>&amp;Show Haul</source>
        <translation>&amp;إظهار Haul</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Pause all</source>
        <translation>إيقاف ال&amp;كل مؤقتًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resume all</source>
        <translation>ا&amp;ستئناف الكل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>إ&amp;نهاء</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Haul</source>
        <translation>Haul</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Haul — %n downloading</source>
        <translation>
            <numerusform>‏Haul — %n تنزيل جارٍ</numerusform>
            <numerusform>‏Haul — تنزيل واحد جارٍ</numerusform>
            <numerusform>‏Haul — تنزيلان جاريان</numerusform>
            <numerusform>‏Haul — %n تنزيلات جارية</numerusform>
            <numerusform>‏Haul — %n تنزيلًا جاريًا</numerusform>
            <numerusform>‏Haul — %n تنزيل جارٍ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, %L1 %</source>
        <translation>، %L1٪</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · %1</source>
        <translation> · %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Haul — %n queued</source>
        <translation>
            <numerusform>‏Haul — %n تنزيل في الانتظار</numerusform>
            <numerusform>‏Haul — تنزيل واحد في الانتظار</numerusform>
            <numerusform>‏Haul — تنزيلان في الانتظار</numerusform>
            <numerusform>‏Haul — %n تنزيلات في الانتظار</numerusform>
            <numerusform>‏Haul — %n تنزيلًا في الانتظار</numerusform>
            <numerusform>‏Haul — %n تنزيل في الانتظار</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemEvents</name>
    <message>
        <location filename="../src/queue/itemevents.cpp" line="+96"/>
        <source>complete</source>
        <translation>مكتمل</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>stopped</source>
        <translation>متوقف</translation>
    </message>
</context>
<context>
    <name>LinkParser</name>
    <message>
        <location filename="../src/app/linkparser.cpp" line="+46"/>
        <source>This is not a valid URL</source>
        <translation>هذا ليس عنوان URL صالحًا</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add http:// or https:// at the start</source>
        <translation>أضف http:// أو https:// في البداية</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not supported; use http or https</source>
        <translation>‏%1 غير مدعوم؛ استخدم http أو https</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The URL has no host name</source>
        <translation>لا يحتوي عنوان URL على اسم مضيف</translation>
    </message>
    <message>
        <location line="+162"/>
        <source>“%1” is not a SHA-256 checksum (64 hexadecimal digits)</source>
        <translation>‏«%1» ليس مجموعًا اختباريًا SHA-256 (64 رقمًا ستّ عشريًا)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unexpected text after the checksum: “%1”</source>
        <translation>نص غير متوقع بعد المجموع الاختباري: «%1»</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="+36"/>
        <source>Haul</source>
        <translation>Haul</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Added 1 download</source>
        <translation>أُضيف تنزيل واحد</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Added %Ln downloads</source>
        <translation>
            <numerusform>لم يُضَف أي تنزيل</numerusform>
            <numerusform>أُضيف تنزيل واحد</numerusform>
            <numerusform>أُضيف تنزيلان</numerusform>
            <numerusform>أُضيفت %Ln تنزيلات</numerusform>
            <numerusform>أُضيف %Ln تنزيلًا</numerusform>
            <numerusform>أُضيف %Ln تنزيل</numerusform>
        </translation>
    </message>
    <message>
        <location line="+62"/>
        <source>No links found on the clipboard</source>
        <translation>لم يُعثر على روابط في الحافظة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No links found in what was dropped</source>
        <translation>لم يُعثر على روابط فيما أُفلِت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No links found</source>
        <translation>لم يُعثر على روابط</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <location filename="../qml/components/MainActions.qml" line="+16"/>
        <source>Add…</source>
        <translation>إضافة…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Paste links</source>
        <translation>لصق الروابط</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Settings…</source>
        <translation>الإعدادات…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Quit</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select all</source>
        <translation>تحديد الكل</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy URL</source>
        <translation>نسخ عنوان URL</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy SHA-256</source>
        <translation>نسخ SHA-256</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>Space</source>
        <translation>مسافة</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Resume</source>
        <translation>استئناف</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Retry now</source>
        <translation>إعادة المحاولة الآن</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Move up</source>
        <translation>نقل لأعلى</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Move down</source>
        <translation>نقل لأسفل</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open file</source>
        <translation>فتح الملف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter</source>
        <translation>إدخال</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open folder</source>
        <translation>فتح المجلد</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pause all</source>
        <translation>إيقاف الكل مؤقتًا</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Resume all</source>
        <translation>استئناف الكل</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Details pane</source>
        <translation>لوحة التفاصيل</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>About Haul</source>
        <translation>حول Haul</translation>
    </message>
</context>
<context>
    <name>MainMenuBar</name>
    <message>
        <location filename="../qml/components/MainMenuBar.qml" line="+13"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Download</source>
        <translation>ت&amp;نزيل</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <location filename="../qml/components/NoticeBanner.qml" line="+52"/>
        <source>Dismiss</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss the message</source>
        <translation>تجاهل الرسالة</translation>
    </message>
</context>
<context>
    <name>QueueRow</name>
    <message>
        <location filename="../qml/components/QueueRow.qml" line="+50"/>
        <source>%1 · %2 left</source>
        <translation>‏%1 · المتبقي %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · attempt %2</source>
        <translation>‏%1 · المحاولة %2</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Progress</source>
        <translation>التقدم</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%L1 %</source>
        <translation>‏%L1٪</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Retry</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry %1</source>
        <translation>إعادة محاولة %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Retry now</source>
        <translation>إعادة المحاولة الآن</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry %1 now</source>
        <translation>إعادة محاولة %1 الآن</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Overwrite</source>
        <translation>استبدال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overwrite the existing %1</source>
        <translation>استبدال الملف الموجود %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep both</source>
        <translation>الاحتفاظ بكليهما</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep both files</source>
        <translation>الاحتفاظ بالملفين كليهما</translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <location filename="../qml/components/QueueView.qml" line="+191"/>
        <source>Downloads</source>
        <translation>التنزيلات</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>No downloads yet</source>
        <translation>لا توجد تنزيلات بعد</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Drop links here, paste with Ctrl+V, or click Add.</source>
        <translation>أفلِت الروابط هنا، أو الصقها بـ Ctrl+V، أو انقر «إضافة».</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add downloads…</source>
        <translation>إضافة تنزيلات…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add downloads</source>
        <translation>إضافة تنزيلات</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Loading the queue…</source>
        <translation>جارٍ تحميل قائمة الانتظار…</translation>
    </message>
</context>
<context>
    <name>RemoveDialog</name>
    <message>
        <location filename="../qml/dialogs/RemoveDialog.qml" line="+22"/>
        <source>Remove 1 download</source>
        <translation>إزالة تنزيل واحد</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Remove %Ln downloads</source>
        <translation>
            <numerusform>لا توجد تنزيلات لإزالتها</numerusform>
            <numerusform>إزالة تنزيل واحد</numerusform>
            <numerusform>إزالة تنزيلين</numerusform>
            <numerusform>إزالة %Ln تنزيلات</numerusform>
            <numerusform>إزالة %Ln تنزيلًا</numerusform>
            <numerusform>إزالة %Ln تنزيل</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>They leave the list. Finished files stay where they are.</source>
        <translation>ستُزال من القائمة. تبقى الملفات المكتملة في مكانها.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Also delete partially downloaded data</source>
        <translation>حذف البيانات المنزَّلة جزئيًا أيضًا</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The partial data is deleted: these downloads cannot resume.</source>
        <translation>ستُحذف البيانات الجزئية: لن يمكن استئناف هذه التنزيلات.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept: adding the same link again resumes where it stopped.</source>
        <translation>ستُحفظ: إضافة الرابط نفسه مجددًا تستأنف التنزيل من حيث توقف.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../qml/dialogs/SettingsDialog.qml" line="+21"/>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Save downloads to</source>
        <translation>حفظ التنزيلات في</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+10"/>
        <source>Download folder</source>
        <translation>مجلد التنزيلات</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the download folder</source>
        <translation>اختيار مجلد التنزيلات</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+9"/>
        <source>Downloads at once</source>
        <translation>التنزيلات المتزامنة</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+11"/>
        <source>Retries per download</source>
        <translation>مرات إعادة المحاولة لكل تنزيل</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>with growing pauses, honouring the server&apos;s Retry-After</source>
        <translation>بفواصل متزايدة، مع مراعاة Retry-After من الخادم</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Speed limit</source>
        <translation>حد السرعة</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Limit the download speed</source>
        <translation>تحديد سرعة التنزيل</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Speed limit in KiB/s</source>
        <translation>حد السرعة بوحدة KiB/s</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Limit to</source>
        <translation>التقييد إلى</translation>
    </message>
    <message>
        <location line="-56"/>
        <location line="+11"/>
        <source>Connections per download</source>
        <translation>الاتصالات لكل تنزيل</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>where the server allows it; otherwise one</source>
        <translation>حيث يسمح الخادم بذلك، وإلا فاتصال واحد</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>KiB/s, for all downloads together</source>
        <translation>‏KiB/s إجمالًا</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>When a file exists</source>
        <translation>عند وجود الملف</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Keep both: save as “name (1).ext”</source>
        <translation>الاحتفاظ بكليهما: الحفظ باسم «الاسم (1).ext»</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Overwrite it</source>
        <translation>استبداله</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ask me on the download</source>
        <translation>اسألني في التنزيل</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Desktop</source>
        <translation>سطح المكتب</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Start Haul when I log in</source>
        <translation>تشغيل Haul عند تسجيل الدخول</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Closing the window keeps Haul in the tray</source>
        <translation>إغلاق النافذة يُبقي Haul في علبة النظام</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This desktop has no system tray: closing the window quits Haul.</source>
        <translation>لا يحتوي سطح المكتب هذا على علبة نظام: إغلاق النافذة يُنهي Haul.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+26"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>System default</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Applies after a restart.</source>
        <translation>يُطبَّق بعد إعادة التشغيل.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Profile: %1</source>
        <translation>الملف الشخصي: %1</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../qml/components/StatusBar.qml" line="+17"/>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No downloads</source>
        <translation>لا توجد تنزيلات</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln active</source>
        <translation>
            <numerusform>نشطة: %Ln</numerusform>
            <numerusform>نشطة: %Ln</numerusform>
            <numerusform>نشطة: %Ln</numerusform>
            <numerusform>نشطة: %Ln</numerusform>
            <numerusform>نشطة: %Ln</numerusform>
            <numerusform>نشطة: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln queued</source>
        <translation>
            <numerusform>في الانتظار: %Ln</numerusform>
            <numerusform>في الانتظار: %Ln</numerusform>
            <numerusform>في الانتظار: %Ln</numerusform>
            <numerusform>في الانتظار: %Ln</numerusform>
            <numerusform>في الانتظار: %Ln</numerusform>
            <numerusform>في الانتظار: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln paused</source>
        <translation>
            <numerusform>متوقفة مؤقتًا: %Ln</numerusform>
            <numerusform>متوقفة مؤقتًا: %Ln</numerusform>
            <numerusform>متوقفة مؤقتًا: %Ln</numerusform>
            <numerusform>متوقفة مؤقتًا: %Ln</numerusform>
            <numerusform>متوقفة مؤقتًا: %Ln</numerusform>
            <numerusform>متوقفة مؤقتًا: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln done</source>
        <translation>
            <numerusform>مكتملة: %Ln</numerusform>
            <numerusform>مكتملة: %Ln</numerusform>
            <numerusform>مكتملة: %Ln</numerusform>
            <numerusform>مكتملة: %Ln</numerusform>
            <numerusform>مكتملة: %Ln</numerusform>
            <numerusform>مكتملة: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln failed</source>
        <translation>
            <numerusform>فاشلة: %Ln</numerusform>
            <numerusform>فاشلة: %Ln</numerusform>
            <numerusform>فاشلة: %Ln</numerusform>
            <numerusform>فاشلة: %Ln</numerusform>
            <numerusform>فاشلة: %Ln</numerusform>
            <numerusform>فاشلة: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · </source>
        <comment>separator between status bar counts</comment>
        <translation> · </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Overall progress</source>
        <translation>التقدم الإجمالي</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>↓ %1</source>
        <translation>‏↓ %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total speed %1</source>
        <translation>السرعة الإجمالية %1</translation>
    </message>
</context>
<context>
    <name>haul-cli</name>
    <message>
        <location filename="../src/cli/main.cpp" line="+43"/>
        <source>Try &apos;haul-cli --help&apos;.</source>
        <translation>جرّب «haul-cli --help».</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/main.cpp" line="+48"/>
        <source>Haul, a download manager whose downloads never corrupt and always resume.</source>
        <translation>Haul، مدير تنزيلات لا تتلف تنزيلاته أبدًا ويمكن استئنافها دائمًا.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep all state (queue, settings) in &lt;folder&gt;: portable mode.</source>
        <translation>حفظ كل الحالة (قائمة الانتظار والإعدادات) في &lt;مجلد&gt;: الوضع المحمول.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>folder</source>
        <translation>مجلد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start in the tray, without showing the window.</source>
        <translation>البدء في علبة النظام دون إظهار النافذة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the running Haul to stop its downloads (saving their progress) and quit.</source>
        <translation>طلب إيقاف تنزيلات Haul العامل (مع حفظ تقدمها) ثم إنهائه.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Links to download.</source>
        <translation>روابط للتنزيل.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot create the profile folder %1</source>
        <translation>تعذّر إنشاء مجلد الملف الشخصي %1</translation>
    </message>
</context>
</TS>
