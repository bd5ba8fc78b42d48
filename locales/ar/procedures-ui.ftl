# Screens of the procedures followed in the window (ui/src/features/procedures and follow-up):
# a person's file, starting a procedure, a procedure's screen, the "to follow up" list
# and the organisation's catalogue. Short sentences, everyday words.

shortcut-follow-up = Ctrl+U

## In a person's file

procedures-open-title = { $count ->
    [0] الإجراءات الجارية
   *[other] الإجراءات الجارية ({ $count })
}
procedures-start = بدء إجراء
procedures-none-open = لا يوجد أي إجراء جارٍ.
procedures-closed-title = { $count ->
    [zero] لا توجد إجراءات منتهية
    [one] إجراء واحد منتهٍ
    [two] إجراءان منتهيان
    [few] { $count } إجراءات منتهية
    [many] { $count } إجراءً منتهيًا
   *[other] { $count } إجراء منتهٍ
}
procedures-deadline = الموعد النهائي: { $date }
procedures-next-renewal = التجديد: { $date }
procedures-next-declaration = التصريح القادم: { $date }
procedures-call-back = معاودة الاتصال يوم { $date }
procedures-documents-missing = { $count ->
    [0] كل الوثائق موجودة
    [zero] كل الوثائق موجودة
    [one] وثيقة واحدة ناقصة
    [two] وثيقتان ناقصتان
    [few] { $count } وثائق ناقصة
    [many] { $count } وثيقة ناقصة
   *[other] { $count } وثيقة ناقصة
}

## What is known about a catalogue procedure

procedure-for = لفائدة:
procedure-own-entry = خاص بالمؤسسة
procedure-facts-organisation = الجهة المعنية
procedure-facts-theme = الموضوع
procedure-facts-delay = المدة المعتادة
procedure-facts-days = { $days ->
    [zero] { $days } يوم
    [one] يوم واحد
    [two] يومان
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
}
procedure-facts-every = { $months ->
    [zero] كل { $months } شهر
    [one] كل شهر
    [two] كل شهرين
    [few] كل { $months } أشهر
    [many] كل { $months } شهرًا
   *[other] كل { $months } شهر
}
procedure-facts-documents = الوثائق المطلوبة
procedure-facts-no-document = لا توجد أي وثيقة في القائمة.

## Starting a procedure

procedure-start-title = بدء إجراء
procedure-start-search = أي إجراء؟
procedure-start-search-help = يُرجى كتابة بعض حروف اسم الإجراء أو الجهة المعنية. الأسهم ↑ ↓ للاختيار، وEnter للتأكيد.
procedure-start-results = { $count ->
    [0] لا يوجد أي إجراء
    [zero] لا يوجد أي إجراء
    [one] إجراء واحد
    [two] إجراءان
    [few] { $count } إجراءات
    [many] { $count } إجراءً
   *[other] { $count } إجراء
}
procedure-start-no-match = لا يوجد أي إجراء يطابق «{ $query }».
procedure-start-manage-catalogue = الإجراء غير موجود في القائمة؟ يمكنك إضافته إلى الفهرس.
procedure-start-nothing-chosen = يُرجى اختيار إجراء من القائمة.
procedure-start-status = أين وصل الإجراء؟
procedure-start-status-a_faire = للإنجاز
procedure-start-status-deposee = تم إيداعه من قبل
procedure-start-status-acceptee = تم قبوله من قبل: متابعة التجديدات
procedure-started-on = منذ
procedure-start-confirm = بدء المتابعة

## A procedure's screen

procedure-screen-since = منذ { $date }
procedure-change-status = تغيير الحالة
procedure-next-status = الحالة الجديدة
procedure-screen-status-on = التاريخ
procedure-screen-status-note = ملاحظة (اختيارية)
procedure-screen-status-save = حفظ الحالة
procedure-reopen-title = إعادة فتح الإجراء
procedure-reopen-open = إعادة فتح الإجراء…
procedure-closed-title = إجراء منتهٍ
procedure-reopen-explanation = هذا الإجراء منتهٍ. لاستئنافه (طعن، طلب جديد، قرار تم سحبه)، يُرجى إعادة فتحه وذكر السبب.
procedure-reopen-status = الاستئناف بالحالة
procedure-reopen-note = لماذا يُعاد فتحه؟ (إجباري)
procedure-reopen-save = إعادة فتح الإجراء
procedure-history = السجلّ
procedure-step-reopened = أُعيد فتحه: { $status }

procedure-screen-documents-count = الوثائق التي تم إحضارها: { $brought } من { $total }
procedure-screen-brought-on = أُحضرت في { $date }
procedure-screen-not-needed = غير ضرورية
procedure-screen-not-needed-label = { $document }: غير ضرورية، إزالتها من القائمة
procedure-screen-add-document = إضافة وثيقة إلى القائمة
procedure-screen-choose-document = اختيار وثيقة…
procedure-screen-add-document-button = إضافة

procedure-next-renewal-on = التجديد مطلوب في { $date }
procedure-next-declaration-on = التصريح مطلوب في { $date }
procedure-renewal-done = تم التجديد
procedure-declaration-done = تم التصريح
procedure-recurrence-done-help = يسجّل أن ذلك تم اليوم. يُحسب التاريخ التالي تلقائيًا.

procedure-details = المرجع والتواريخ والملاحظات
procedure-reference-label = رقم الملف أو الطلب
procedure-deadline-label = الموعد النهائي
procedure-renewal-label = تاريخ التجديد
procedure-declaration-label = تاريخ التصريح القادم
procedure-call-back-label = معاودة الاتصال بالشخص يوم
procedure-notes-label = ملاحظات
procedure-details-save = حفظ
procedure-details-unsaved = تعديلات لم تُحفظ بعد

procedure-activities = { $count ->
    [0] جلسات المرافقة المرتبطة
   *[other] جلسات المرافقة المرتبطة ({ $count })
}
procedure-no-activity = لا توجد أي جلسة مرافقة مرتبطة بهذا الإجراء.
procedure-activity-line = { $date }: { $themes }
procedure-link = ربط جلسة مرافقة خاصة بالشخص
procedure-link-choose = اختيار جلسة مرافقة…
procedure-link-button = ربط
procedure-unlink = فكّ الربط
procedure-unlink-label = فكّ ربط جلسة المرافقة بتاريخ { $date }

## Confirmations

procedure-toast-started = تم بدء الإجراء.
procedure-toast-status = تم حفظ الحالة: { $status }.
procedure-toast-reopened = أُعيد فتح الإجراء: { $status }.
procedure-toast-document-brought = وثيقة تم إحضارها: { $document }.
procedure-toast-document-missing = وثيقة ناقصة: { $document }.
procedure-toast-document-not_needed = أُزيلت الوثيقة من القائمة: { $document }.
procedure-toast-document-added = أُضيفت الوثيقة إلى القائمة: { $document }.
procedure-toast-saved = تم الحفظ.
procedure-toast-recurrence-done = تم التسجيل.
procedure-toast-recurrence-done-next = تم التسجيل. المرة القادمة: { $date }.
procedure-toast-linked = تم ربط جلسة المرافقة.
procedure-toast-unlinked = تم فكّ ربط جلسة المرافقة.

## To follow up

follow-up-title = للمتابعة
follow-up-subtitle = اليوم، { $date }، والأيام السبعة التالية
follow-up-help = Enter أو نقرة: فتح الإجراء. الأسهم ↑ ↓ للانتقال من سطر إلى آخر.
follow-up-empty = لا شيء للمتابعة هذا الأسبوع.
follow-up-overdue = متأخرة ({ $count })
follow-up-today = اليوم ({ $count })
follow-up-week = هذا الأسبوع ({ $count })
follow-up-more = عرض المزيد ({ $count } أخرى)
follow-up-why-deadline = الموعد النهائي في { $date }
follow-up-why-renewal = التجديد في { $date }
follow-up-why-renewal-prepare = التجديد في { $date }، ويجب التحضير له ابتداءً من { $start }
follow-up-why-declaration = التصريح في { $date }
follow-up-why-declaration-prepare = التصريح في { $date }، ويجب التحضير له ابتداءً من { $start }
follow-up-why-stuck = { $status } منذ { $date }: مدة طويلة
follow-up-why-call-back = معاودة الاتصال يوم { $date }
follow-up-open-file = الملف
follow-up-open-title = فتح قائمة «للمتابعة» (Ctrl+U)
follow-up-count = للمتابعة هذا الأسبوع: { $count }
follow-up-count-overdue = منها متأخرة: { $count }
follow-up-count-none = لا شيء للمتابعة هذا الأسبوع

## The organisation's catalogue of procedures

catalogue-title = فهرس الإجراءات
catalogue-intro = يُرجى إلغاء تحديد الإجراءات التي لا تقوم بها مؤسستك أبدًا: لن تُعرض بعد ذلك. الإجراءات التي بدأت من قبل لا تتغير.
catalogue-filter = البحث في الفهرس
catalogue-hidden-count = { $count ->
    [zero] لا توجد إجراءات مخفية
    [one] إجراء واحد مخفي
    [two] إجراءان مخفيان
    [few] { $count } إجراءات مخفية
    [many] { $count } إجراءً مخفيًا
   *[other] { $count } إجراء مخفي
}
catalogue-no-match = لا يوجد أي إجراء يطابق «{ $query }».
catalogue-state-offered = معروض
catalogue-state-hidden = مخفي
catalogue-add-open = إضافة إجراء خاص بالمؤسسة
catalogue-add-title = إجراء جديد خاص بالمؤسسة
catalogue-new-label = اسم الإجراء
catalogue-new-label-help = كما يبحث عنه زملاؤك. هذا الاسم لا يُترجَم.
catalogue-choose-theme = اختيار موضوع…
catalogue-no-organisation = غير محدد
catalogue-new-delay = المدة المعتادة (بالأيام)
catalogue-new-documents = { $count ->
    [0] الوثائق المطلوبة
    [zero] الوثائق المطلوبة
    [one] الوثائق المطلوبة (تم اختيار وثيقة واحدة)
    [two] الوثائق المطلوبة (تم اختيار وثيقتين)
    [few] الوثائق المطلوبة (تم اختيار { $count } وثائق)
    [many] الوثائق المطلوبة (تم اختيار { $count } وثيقة)
   *[other] الوثائق المطلوبة (تم اختيار { $count } وثيقة)
}
catalogue-document-search = البحث عن وثيقة…
catalogue-add-save = إضافة إلى الفهرس
catalogue-toast-added = أُضيف الإجراء إلى الفهرس: { $procedure }.
catalogue-toast-hidden = تم إخفاء الإجراء: { $procedure }.
catalogue-toast-offered = أصبح الإجراء معروضًا من جديد: { $procedure }.

## Errors checked by the interface before calling the core

error-ui-procedure-status-required = يُرجى اختيار الحالة الجديدة.
error-ui-procedure-theme-required = يُرجى اختيار موضوع إداري.
