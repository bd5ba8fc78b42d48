## التصدير بصيغ المنصة الوطنية (La Coop de la médiation numérique).
## عناوين أعمدة الملفات هي عناوين المنصة، بالفرنسية، وليست هنا:
## إنها صيغة ملف، وليست نصًّا من الواجهة.

export-title = التصدير
export-intro = يكتب Escale مرافقاتك أو المستفيدين منك بصيغة La Coop de la médiation numérique، لكي تصرّح بها دون أن تكتبها مرة ثانية. الملف بالفرنسية، كما تنتظره المنصة.
export-what = ماذا تريد أن تصدّر؟
export-what-activities = المرافقات (سطر واحد لكل شخص تمت مرافقته)
export-what-people = المستفيدون (الأشخاص الذين لهم اسم)
export-what-statistics = إحصائيات الفترة (الأرقام الأساسية، المواضيع، الأماكن، الأشخاص)
export-period = الفترة
export-period-this-month = هذا الشهر
export-period-last-month = الشهر الماضي
export-period-this-year = هذه السنة
export-period-custom = تواريخ أخرى
export-from = من
export-to = إلى
export-period-reversed = تاريخ البداية بعد تاريخ النهاية.
export-place = المكان
export-place-all = كل الأماكن
export-format = صيغة الملف
export-format-xlsx = جدول XLSX (من أجل La Coop de la médiation numérique)
export-format-csv = CSV (لأدوات أخرى)
export-folder = المجلد الذي يُحفظ فيه الملف (مفتاح USB أو المستندات)
export-now = صدِّر
export-working = جارٍ التصدير
export-cancel = أوقف التصدير
# $rows: عدد أسطر الملف؛ $name: اسم الملف.
export-done = { $rows ->
    [0] حُفظ الملف، دون أي سطر لهذه الفترة: { $name }
    [zero] حُفظ الملف، دون أي سطر لهذه الفترة: { $name }
    [one] حُفظ الملف وفيه سطر واحد: { $name }
    [two] حُفظ الملف وفيه سطران: { $name }
    [few] حُفظ الملف وفيه { $rows } أسطر: { $name }
    [many] حُفظ الملف وفيه { $rows } سطرًا: { $name }
   *[other] حُفظ الملف وفيه { $rows } سطر: { $name }
}
export-done-folder = في المجلد: { $folder }

# سطر الأوامر.
cli-about-escale-export = يصدّر بصيغ المنصة الوطنية (La Coop de la médiation numérique)، بصيغة XLSX أو CSV.
cli-about-escale-export-activities = يصدّر المرافقات: سطر واحد لكل شخص تمت مرافقته.
cli-about-escale-export-people = يصدّر المستفيدين الذين لهم اسم.
cli-arg-escale-export-activities-from = ابتداءً من هذا التاريخ، مع احتسابه (YYYY-MM-DD).
cli-arg-escale-export-activities-to = حتى هذا التاريخ، مع احتسابه (YYYY-MM-DD).
cli-arg-escale-export-activities-place = المرافقات في هذا المكان فقط (معرّفه).
cli-arg-escale-export-activities-format = صيغة الملف: xlsx (المنصة الوطنية) أو csv (أدوات أخرى).
cli-arg-escale-export-activities-output = الملف المراد كتابته، أو المجلد الذي يأخذ فيه الاسم الذي تعطيه المنصة (المجلد الحالي افتراضيًا).
cli-arg-escale-export-activities-json = النتيجة بصيغة JSON.
cli-arg-escale-export-people-from = الأشخاص الذين تمت مرافقتهم ابتداءً من هذا التاريخ فقط، مع احتسابه (YYYY-MM-DD).
cli-arg-escale-export-people-to = الأشخاص الذين تمت مرافقتهم حتى هذا التاريخ فقط، مع احتسابه (YYYY-MM-DD).
cli-arg-escale-export-people-place = الأشخاص الذين تمت مرافقتهم في هذا المكان فقط (معرّفه).
cli-arg-escale-export-people-format = صيغة الملف: xlsx (المنصة الوطنية) أو csv (أدوات أخرى).
cli-arg-escale-export-people-output = الملف المراد كتابته، أو المجلد الذي يأخذ فيه الاسم الذي تعطيه المنصة (المجلد الحالي افتراضيًا).
cli-arg-escale-export-people-json = النتيجة بصيغة JSON.
cli-about-escale-export-statistics = يصدّر إحصائيات فترة ما: الأرقام العامة، وآخر 12 شهرًا، وكل توزيع بالعدد والنسبة المئوية.
cli-arg-escale-export-statistics-from = اليوم الأول من الفترة (YYYY-MM-DD)، أول يوم في الشهر افتراضيًا.
cli-arg-escale-export-statistics-to = اليوم الأخير من الفترة (YYYY-MM-DD)، اليوم افتراضيًا.
cli-arg-escale-export-statistics-place = أنشطة هذا المكان فقط (معرّفه).
cli-arg-escale-export-statistics-format = صيغة الملف: xlsx (المنصة الوطنية) أو csv (أدوات أخرى).
cli-arg-escale-export-statistics-output = الملف المراد كتابته، أو المجلد الذي يأخذ فيه الاسم الذي تعطيه المنصة (المجلد الحالي افتراضيًا).
cli-arg-escale-export-statistics-json = النتيجة بصيغة JSON.
cli-national-export-progress = التصدير
# $rows: عدد الأسطر؛ $path: الملف المكتوب.
cli-national-export-written = { $rows ->
    [zero] لم يُصدَّر أي سطر إلى { $path }
    [one] صُدِّر سطر واحد إلى { $path }
    [two] صُدِّر سطران إلى { $path }
    [few] صُدِّرت { $rows } أسطر إلى { $path }
    [many] صُدِّر { $rows } سطرًا إلى { $path }
   *[other] صُدِّر { $rows } سطر إلى { $path }
}

# خطأ.
error-export-not-written = تعذّر على Escale كتابة ملف التصدير هذا (خطأ داخلي). لم يبقَ أي ملف. يُرجى إعادة المحاولة، أو الإبلاغ عن المشكلة.
