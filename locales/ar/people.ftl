# A person's file: correcting, deleting and restoring an accompaniment, the timeline, likely
# duplicates, merging two files and undoing it.

## Command line
cli-about-escale-activity-edit = يصحّح جلسة مرافقة أو ورشة: لا يتغير إلا ما في الخيارات المعطاة.
cli-arg-escale-activity-edit-id = معرّف النشاط.
cli-arg-escale-activity-edit-date = التاريخ الجديد (YYYY-MM-DD).
cli-arg-escale-activity-edit-duration = المدة الجديدة بالدقائق.
cli-arg-escale-activity-edit-themes = الموضوع (الرمز الوطني؛ يمكن تكراره؛ يحلّ محلّ كل المواضيع).
cli-arg-escale-activity-edit-notes = الملاحظات الجديدة.
cli-arg-escale-activity-edit-next_steps = الخطوات القادمة الجديدة.
cli-arg-escale-activity-edit-json = النتيجة بصيغة JSON.
cli-about-escale-activity-delete = يحذف نشاطًا. يمكن استعادته بعد ذلك.
cli-arg-escale-activity-delete-id = معرّف النشاط.
cli-arg-escale-activity-delete-json = النتيجة بصيغة JSON.
cli-about-escale-activity-restore = يستعيد نشاطًا محذوفًا.
cli-arg-escale-activity-restore-id = معرّف النشاط.
cli-arg-escale-activity-restore-json = النتيجة بصيغة JSON.
cli-activity-deleted = تم حذف النشاط { $id }. لاستعادته: escale activity restore { $id }
cli-about-escale-beneficiary-timeline = يعرض سجلّ شخص: جلسات المرافقة، والورشات، وخطوات الإجراءات، من الأحدث إلى الأقدم.
cli-arg-escale-beneficiary-timeline-id = معرّف الشخص.
cli-arg-escale-beneficiary-timeline-limit = الحد الأقصى لعدد الأسطر.
cli-arg-escale-beneficiary-timeline-json = النتيجة بصيغة JSON.
cli-timeline-empty = لم يُسجَّل أي شيء لهذا الشخص بعد.
cli-about-escale-beneficiary-merge = يدمج ملفين لنفس الشخص. بدون --yes، يعرض فقط ما سيفعله الدمج.
cli-arg-escale-beneficiary-merge-kept = معرّف الملف الذي يُحتفظ به.
cli-arg-escale-beneficiary-merge-other = معرّف الملف المكرَّر، الذي سيُدمج في الملف المحتفظ به.
cli-arg-escale-beneficiary-merge-yes = تنفيذ الدمج فعلًا.
cli-arg-escale-beneficiary-merge-json = النتيجة بصيغة JSON.
cli-merge-preview = سيُنقل إلى الملف المحتفظ به: { $accompaniments ->
        [zero] { $accompaniments } جلسة مرافقة
        [one] جلسة مرافقة واحدة
        [two] جلستا مرافقة
        [few] { $accompaniments } جلسات مرافقة
        [many] { $accompaniments } جلسة مرافقة
       *[other] { $accompaniments } جلسة مرافقة
    }، و{ $procedures ->
        [zero] { $procedures } إجراء
        [one] إجراء واحد
        [two] إجراءان
        [few] { $procedures } إجراءات
        [many] { $procedures } إجراءً
       *[other] { $procedures } إجراء
    }، و{ $consents ->
        [zero] { $consents } موافقة
        [one] موافقة واحدة
        [two] موافقتان
        [few] { $consents } موافقات
        [many] { $consents } موافقة
       *[other] { $consents } موافقة
    }. الحقول التي ستُكمَّل: { $fields }. يُرجى إضافة --yes لتنفيذ الدمج.
cli-merged = تم دمج الملفين. للإلغاء: escale beneficiary unmerge { $merge }
cli-about-escale-beneficiary-unmerge = يلغي دمجًا: يعود الملفان كما كانا من قبل.
cli-arg-escale-beneficiary-unmerge-merge = معرّف الدمج (يُعطى عند تنفيذه).
cli-arg-escale-beneficiary-unmerge-json = النتيجة بصيغة JSON.
cli-unmerged = أُلغي الدمج. عاد الملف { $id }.
cli-likely-duplicate = تنبيه: يوجد من قبل شخص بنفس الاسم ونفس سنة الميلاد ({ $id }). إذا كان هو نفس الشخص، يُرجى دمج الملفين: escale beneficiary merge

## The person's file
undo = تراجع
file-timeline = السجلّ
file-timeline-older = عرض الأقدم
file-workshop-participants = { $count ->
        [zero] لا يوجد مشاركون
        [one] مشارك واحد
        [two] مشاركان
        [few] { $count } مشاركين
        [many] { $count } مشاركًا
       *[other] { $count } مشارك
    }
file-activity-edit = تصحيح
file-activity-delete = حذف
file-activity-restore = استعادة
file-activity-deleted = تم حذف جلسة المرافقة بتاريخ { $date }.
file-activity-restored = تمت استعادة جلسة المرافقة.
file-deleted-activities = { $count ->
        [zero] لا توجد جلسات مرافقة محذوفة
        [one] جلسة مرافقة واحدة محذوفة
        [two] جلستا مرافقة محذوفتان
        [few] { $count } جلسات مرافقة محذوفة
        [many] { $count } جلسة مرافقة محذوفة
       *[other] { $count } جلسة مرافقة محذوفة
    }

## Merging two files
merge-open = الدمج مع ملف آخر
merge-title = دمج ملف آخر في ملف { $name }
merge-explanation = إذا كان لهذا الشخص ملفان، يُرجى البحث عن الملف الآخر. يُحتفظ بهذا الملف، وتُنقل إليه جلسات المرافقة والإجراءات والموافقات الموجودة في الملف الآخر، وكذلك المعلومات التي تنقصه.
merge-search = البحث عن الملف الآخر (اسم العائلة أو الاسم الشخصي)
merge-preview-into = سيُدمج ملف { $other } في ملف { $kept }.
merge-preview-no-field = لن تُضاف أي معلومة إلى الملف المحتفظ به.
merge-preview-fields = المعلومات التي ستُضاف إلى الملف المحتفظ به: { $fields }.
merge-preview-accompaniments = { $count ->
        [0] لا توجد جلسة مرافقة لنقلها.
        [zero] لا توجد جلسة مرافقة لنقلها.
        [one] ستُنقل جلسة مرافقة واحدة.
        [two] ستُنقل جلستا مرافقة.
        [few] ستُنقل { $count } جلسات مرافقة.
        [many] ستُنقل { $count } جلسة مرافقة.
       *[other] ستُنقل { $count } جلسة مرافقة.
    }
merge-preview-procedures = { $count ->
        [0] لا يوجد إجراء لنقله.
        [zero] لا يوجد إجراء لنقله.
        [one] سيُنقل إجراء واحد.
        [two] سيُنقل إجراءان.
        [few] ستُنقل { $count } إجراءات.
        [many] سيُنقل { $count } إجراءً.
       *[other] سيُنقل { $count } إجراء.
    }
merge-preview-consents = { $count ->
        [0] لا توجد موافقة لنقلها.
        [zero] لا توجد موافقة لنقلها.
        [one] ستُنقل موافقة واحدة.
        [two] ستُنقل موافقتان.
        [few] ستُنقل { $count } موافقات.
        [many] ستُنقل { $count } موافقة.
       *[other] ستُنقل { $count } موافقة.
    }
merge-preview-undo = يمكنك إلغاء الدمج من هذا الملف.
merge-field-name = اسم الشخص
merge-confirm = دمج الملفين
merge-done = تم دمج الملفين.
merge-undone = أُلغي الدمج: عاد الملفان كما كانا.
merge-history = عمليات الدمج
merge-made-on = تم دمج الملف في { $date }
merge-undo = إلغاء الدمج

## Likely duplicates
duplicate-warning = ربما سبق تسجيل هذا الشخص (نفس الاسم، ونفس سنة الميلاد):
duplicate-open = فتح ملفه
