# Printed documents (PDF) the person takes home: summary of the appointment, follow-up of a
# procedure, agreement on their data. Read by people who read little: short sentences, common
# words, "you". Each document is printed in French and in the person's language, side by side.
# Vocabulary words (themes, statuses, documents) and the screen turned toward the person
# (person-view-*) are reused as they are from their own files.

## On every page
documents-page = الصفحة { $page } من { $pages }
documents-for-person = إلى: { $name }
# The file name offered: never the person's name.
documents-file-summary = ملخص-الموعد-{ $date }.pdf
documents-file-procedure = متابعة-المعاملة-{ $date }.pdf
documents-file-consent = الموافقة-على-البيانات-{ $date }.pdf

## Summary of the appointment
documents-summary-title = ملخص موعدك
documents-summary-with-mediator = مع { $mediator }، { $structure }
documents-summary-with-structure = مع { $structure }
documents-summary-when-where = في { $date } — { $place }
documents-summary-done = ما قمنا به
documents-summary-procedure-typed = المعاملة: { $procedure }
documents-summary-procedure-followed = المعاملة التي نتابعها: { $procedure }
documents-summary-workshop = الورشة: { $title }
documents-column-procedure = المعاملة
documents-column-status = أين وصلت
documents-column-reference = رقم الملف
documents-column-deadline = تُنجَز قبل
documents-summary-next-steps = ما يجب فعله الآن
documents-summary-typed-by-mediator = كتب وسيطك:
documents-summary-next-steps-none = لا شيء آخر الآن.
documents-summary-bring = المستندات التي يجب إحضارها في المرة القادمة
documents-summary-bring-hint = يُرجى وضع علامة في المربع عندما يصبح المستند عندك.
documents-summary-bring-none = ليس عليك إحضار أي مستند.
documents-summary-next-date = الموعد القادم
documents-summary-call-back = سيتصل بك وسيطك في { $date }.
documents-summary-no-date = لم يُحدَّد التاريخ بعد. اكتبه هنا:
documents-summary-write-date = التاريخ: ____________    الساعة: ________
documents-date-line = { $date }: { $what }
documents-contacts = جهات اتصال مفيدة
documents-contact-partner = { $name } ({ $kind })
documents-contact-hours = أوقات العمل: { $hours }

## Follow-up of a procedure
documents-procedure-title = متابعة معاملتك
documents-procedure-organisation = الجهة: { $organisation }
documents-procedure-since = منذ { $date }
documents-procedure-no-reference = لا يوجد رقم ملف بعد.
documents-procedure-dates = تواريخ يجب تذكّرها
documents-procedure-renewal = يجب التجديد قبل { $date }
documents-procedure-declaration = التصريح القادم في { $date }
documents-procedure-call-back = سيتصل بك وسيطك في { $date }.
documents-procedure-no-dates = لا يوجد تاريخ يجب تذكّره الآن.
documents-procedure-documents = المستندات
documents-procedure-documents-count = { $missing ->
    [0] كل المستندات موجودة.
    [zero] كل المستندات موجودة.
    [one] ما زال ينقص مستند واحد.
    [two] ما زال ينقص مستندان.
    [few] ما زالت تنقص { $missing } مستندات.
    [many] ما زال ينقص { $missing } مستندًا.
   *[other] ما زال ينقص { $missing } مستند.
}
documents-procedure-brought = { $document } (تم إحضاره في { $date })
documents-procedure-no-documents = لم يُطلب أي مستند.
documents-procedure-history = الخطوات
documents-column-date = التاريخ
documents-column-step = الخطوة
documents-column-note = ملاحظة
documents-step-reopened = أُعيد فتح المعاملة: { $status }

## Agreement on personal data
documents-consent-title = معلوماتك وموافقتك
documents-consent-intro = { $structure ->
    [none] نحن نساعدك في معاملاتك.
   *[other] { $structure } تساعدك في معاملاتك.
} لكي نتابع ملفك جيدًا، نحتفظ ببعض المعلومات عنك. تبقى هذه المعلومات على حاسوب وسيطك، محميّة بكلمة مرور. وهي ليست على الإنترنت.
documents-consent-what = ما نحتفظ به
documents-consent-what-identity = اسمك، وسنة ميلادك، والبلدية التي تسكن فيها، ورقم هاتفك، وبريدك الإلكتروني، واللغات التي تتكلمها.
documents-consent-what-visits = مواعيدك: التاريخ، والموضوع، والمدة، وما بقي فعله.
documents-consent-what-procedures = معاملاتك: رقم الملف، والتواريخ، والمستندات التي أحضرتها أو التي تنقص.
documents-consent-why = لماذا
documents-consent-tick = يُرجى وضع علامة على ما توافق عليه:
documents-consent-statistics = تُحسب مواعيدك، بدون اسمك، في إحصائيات الوساطة الرقمية.
documents-consent-how-long = إلى متى
documents-consent-retention = { $months ->
    [zero] نحتفظ بمعلوماتك { $months } شهر بعد آخر موعد لك. بعد ذلك، نمسح اسمك وبيانات الاتصال بك.
    [one] نحتفظ بمعلوماتك لمدة شهر واحد بعد آخر موعد لك. بعد ذلك، نمسح اسمك وبيانات الاتصال بك.
    [two] نحتفظ بمعلوماتك لمدة شهرين بعد آخر موعد لك. بعد ذلك، نمسح اسمك وبيانات الاتصال بك.
    [few] نحتفظ بمعلوماتك لمدة { $months } أشهر بعد آخر موعد لك. بعد ذلك، نمسح اسمك وبيانات الاتصال بك.
    [many] نحتفظ بمعلوماتك لمدة { $months } شهرًا بعد آخر موعد لك. بعد ذلك، نمسح اسمك وبيانات الاتصال بك.
   *[other] نحتفظ بمعلوماتك لمدة { $months } شهر بعد آخر موعد لك. بعد ذلك، نمسح اسمك وبيانات الاتصال بك.
}
documents-consent-rights = حقوقك
documents-consent-right-access = يمكنك الحصول على نسخة من كل معلوماتك.
documents-consent-right-correct = يمكنك أن تطلب تصحيح أي معلومة خاطئة.
documents-consent-right-erase = يمكنك أن تطلب مسح معلوماتك.
documents-consent-right-withdraw = يمكنك سحب موافقتك متى أردت. المساعدة التي تتلقاها لا تتغير.
documents-consent-how = { $structure ->
    [none] للقيام بذلك، يمكنك التحدث مع وسيطك.
   *[other] للقيام بذلك، يمكنك التحدث مع وسيطك أو الاتصال بـ{ $structure }.
}
documents-consent-complaint = إذا لم يُرضِك ردّنا، يمكنك الكتابة إلى CNIL، وهي الهيئة الفرنسية لحماية البيانات الشخصية (www.cnil.fr).
documents-consent-sign = موافقتك
documents-consent-sign-text = قرأتُ هذه الوثيقة، أو قُرئت عليّ. أوافق على ما وضعتُ عليه علامة.
documents-signature-person = التاريخ وتوقيع الشخص
documents-signature-mediator = التاريخ وتوقيع الوسيط

## Command line
cli-about-escale-pdf = يطبع وثيقة للشخص، بصيغة PDF، بالفرنسية وبلغته. مع --lang، باللغة المعطاة إلى جانب الفرنسية («fr»: الفرنسية وحدها).
cli-about-escale-pdf-summary = ملخص موعد: ما تم القيام به، والإجراءات الجارية، وما يجب فعله، والمستندات التي يجب إحضارها، وجهات الاتصال.
cli-about-escale-pdf-procedure = متابعة إجراء: الخطوات، والمستندات التي أُحضرت والتي تنقص، ورقم الملف، والتواريخ.
cli-about-escale-pdf-consent = الموافقة على البيانات: ما يحتفظ به Escale، ولماذا، وإلى متى، وحقوق الشخص، ومكان للتوقيع.
cli-arg-escale-pdf-summary-id = معرّف جلسة المرافقة.
cli-arg-escale-pdf-procedure-id = معرّف الإجراء.
cli-arg-escale-pdf-consent-id = معرّف الشخص.
cli-arg-escale-pdf-summary-out = ملف PDF المراد كتابته (يُستبدل إذا كان موجودًا).
cli-arg-escale-pdf-procedure-out = ملف PDF المراد كتابته (يُستبدل إذا كان موجودًا).
cli-arg-escale-pdf-consent-out = ملف PDF المراد كتابته (يُستبدل إذا كان موجودًا).
cli-pdf-written = { $pages ->
    [zero] تم حفظ الوثيقة: { $path } ({ $pages } صفحة).
    [one] تم حفظ الوثيقة: { $path } (صفحة واحدة).
    [two] تم حفظ الوثيقة: { $path } (صفحتان).
    [few] تم حفظ الوثيقة: { $path } ({ $pages } صفحات).
    [many] تم حفظ الوثيقة: { $path } ({ $pages } صفحةً).
   *[other] تم حفظ الوثيقة: { $path } ({ $pages } صفحة).
}
