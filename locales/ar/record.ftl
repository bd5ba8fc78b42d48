# Recording an accompaniment or a workshop (ui/src/features/activity).

record-new-accompaniment = جلسة مرافقة جديدة
record-new-workshop = ورشة جديدة
shortcut-new-accompaniment = Ctrl+Shift+N
record-new-accompaniment-title = تسجيل جلسة مرافقة من أي شاشة (Ctrl+Shift+N)
record-keys-help = Tab: القسم التالي · الأسهم: الاختيار · المسافة: التحديد · Ctrl+Enter: الحفظ

record-person = الشخص المستفيد
record-person-placeholder = بعض حروف الاسم…
record-person-help = مفتاح Enter يختار الشخص المظلَّل، والأسهم تغيّر الاختيار.
record-person-create = إنشاء الشخص «{ $name }»
record-person-anonymous = شخص مجهول الهوية (بدون اسم)
record-person-born = من مواليد { $year }
record-person-last-seen = آخر زيارة: { $date }
record-person-change = تغيير الشخص
record-person-new = شخص جديد
record-person-search-again = البحث بدلًا من ذلك عن شخص معروف
record-person-accompanied-before = سبقت مرافقته من قبل (في مكان آخر أو قبل Escale)

# One letter for day, month and year, repeated to show the date format (يي/شش/سسسس).
date-letter-day = ي
date-letter-month = ش
date-letter-year = س

record-more-themes = { $count ->
    [zero] + { $count } موضوع آخر
    [one] + موضوع آخر
    [two] + موضوعان آخران
    [few] + { $count } مواضيع أخرى
    [many] + { $count } موضوعًا آخر
   *[other] + { $count } موضوع آخر
}
record-place = المكان
record-place-from-day = آخر مكان استعملته، يوم { $date }.
record-orientation-none = بدون توجيه

record-workshop-title = ورشة جماعية جديدة
record-workshop-name = عنوان الورشة
record-workshop-level = المستوى
record-workshop-save = حفظ الورشة
record-participants = المشاركون المتابَعون (أشخاص معروفون)
record-participants-chosen = المشاركون المختارون
record-participant-remove = إزالة { $name } من الورشة
record-participant-remove-short = إزالة

record-anonymous-title = مشاركون مجهولو الهوية
record-anonymous-total = العدد الإجمالي
record-anonymous-already = منهم من سبقت مرافقته
record-anonymous-gender = الجنس
record-anonymous-age-band = الفئة العمرية
record-anonymous-social-status = الوضع الاجتماعي
record-anonymous-sum = { $sum } من { $total }

toast-workshop-saved = تم حفظ الورشة.

error-ui-person-required = يُرجى اختيار الشخص المستفيد، أو إنشاؤه، أو اختيار «شخص مجهول الهوية».
error-ui-count-invalid = يُرجى إدخال عدد صحيح (أرقام فقط).

record-edit-title = تصحيح جلسة المرافقة
record-workshop-edit-title = تصحيح الورشة
record-save-correction = حفظ التصحيح
toast-activity-corrected = تم حفظ التصحيح.
