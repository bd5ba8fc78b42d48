# الشاشة الموجّهة نحو الشخص: خطواته القادمة بلغته، والقراءة بصوت عالٍ.
# اكتبوا ببساطة: جمل قصيرة وكلمات شائعة.

## في ملف الشخص (لغة الوسيط)
person-view-open = توجيه الشاشة نحو الشخص
person-view-open-title = أن تُري الشخصَ، بلغته، ما يخصّه فقط ({ $shortcut })
shortcut-person-view = Ctrl+Shift+P
person-view-needs-pin = لتوجيه الشاشة نحو الشخص، اختر أولًا رمز PIN: سيُطلب للعودة إلى شاشاتك.
person-view-pin-save = اختيار هذا الرمز وتوجيه الشاشة
person-view-pin-cancel = إلغاء

## شاشة الشخص (بلغته)
person-view-title = خطواتك القادمة
person-view-title-named = { $name }، هذه خطواتك القادمة
person-view-next-steps = ما يجب فعله
person-view-next-steps-none = لا شيء لتفعله الآن.
person-view-written-on = كُتب في { $date }
person-view-procedures = معاملاتك الجارية
person-view-procedures-none = لا توجد معاملة جارية.
person-view-status = أين وصلت المعاملة: { $status }
person-view-reference = رقم الملف: { $reference }
person-view-deadline = يجب إنجازها قبل { $date }
person-view-documents-missing = { $count ->
    [zero] لا ينقص أي مستند.
    [one] ينقص مستند واحد:
    [two] ينقص مستندان:
    [few] تنقص { $count } مستندات:
    [many] ينقص { $count } مستندًا:
   *[other] ينقص { $count } مستند:
}
person-view-documents-complete = كل المستندات موجودة.
person-view-dates = مواعيدك القادمة
person-view-dates-none = لا يوجد موعد مقرّر الآن.
person-view-date-deadline = آخر يوم لـ«{ $procedure }»
person-view-date-renewal = تجديد «{ $procedure }»
person-view-date-declaration = تقديم التصريح «{ $procedure }»
person-view-date-call_back = الوسيط يتصل بك بخصوص «{ $procedure }»
person-view-read-aloud = استمع
person-view-stop-reading = إيقاف القراءة
person-view-no-voice = لا يوجد صوت بلغة { $language } على هذا الحاسوب

## إعادة الشاشة إلى الوسيط (لغة الوسيط)
person-view-back = إعادة الشاشة إلى الوسيط
person-view-back-explained = خاص بالوسيط: يُطلب رمزك للعودة.
person-view-back-submit = العودة إلى شاشاتي
person-view-back-cancel = إلغاء

## سطر الأوامر
cli-about-escale-person-view = يعرض ما تُظهره الشاشة الموجّهة نحو الشخص، بلغته: خطواته القادمة، ومعاملاته الجارية مع المستندات الناقصة، ومواعيده القادمة.
cli-arg-escale-person-view-id = معرّف الشخص.
cli-arg-escale-person-view-json = النتيجة بصيغة JSON.

## أخطاء القراءة بصوت عالٍ
error-reading-unavailable = محرّك القراءة بصوت عالٍ (espeak-ng) غير مثبّت على هذا الحاسوب.
error-reading-no-voice = لا يوجد صوت لهذه اللغة على هذا الحاسوب.
error-reading-failed = لم تنجح القراءة بصوت عالٍ (لا يوجد مخرج صوت؟).
