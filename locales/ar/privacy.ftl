# The person’s rights: the readable copy of their data (right of access) and the audit log.

access-document-title = بياناتك الشخصية في Escale
access-document-intro = تحتوي هذه الوثيقة على كل ما سجّلته عنك في Escale الجهةُ التي ترافقك، حتى تاريخ { $date }.
# A “label: value” line.
access-line = { $label }: { $value }
access-list-separator = {"، "}
access-value-missing = غير مذكور
access-none = لا شيء.
access-erased = تم مسح هويتك وبيانات الاتصال بك والملاحظات التي تخصّك في { $date }.

access-section-identity = الهوية وبيانات الاتصال
access-section-consents = الموافقات
access-section-accompaniments = جلسات المرافقة
access-section-procedures = الإجراءات الإدارية
access-section-audit = من اطّلع على ملفك أو غيّره، ومتى

access-label-id = معرّف الملف
access-label-birth-year = سنة الميلاد
access-label-gender = الجنس
access-label-social-status = الوضع الاجتماعي
access-label-commune = البلدية
access-commune = { $name } ({ $postalCode }، رمز INSEE { $inseeCode })
access-consent = موافقة أُعطيت في { $date } ({ $method }) من أجل: { $purposes }.
access-consent-withdrawn = سُحبت في { $date }.
access-accompaniment = { $date } — { $kind }، { $duration }، { $place }
access-label-themes = المواضيع
access-label-workshop = الورشة
access-label-autonomy = الاستقلالية
access-label-orientation = التوجيه
access-label-procedure-name = الإجراء
access-label-next-steps = الخطوات القادمة
access-procedure = { $kind } — { $status }
access-label-reference = رقم الملف
access-label-deadline = الموعد النهائي
access-status-change = { $date }: { $status }
access-audit-event = { $date } — { $action } ({ $entity })

# Actions of the audit log (codes of crates/escale-core/src/privacy/audit.rs).
audit-action-create = إنشاء
audit-action-update = تعديل
audit-action-status-change = تغيير الحالة
audit-action-delete = حذف
audit-action-view = اطّلاع
audit-action-export = تصدير البيانات
audit-action-erase = مسح
audit-action-anonymise = إخفاء الهوية (انتهت مدة الاحتفاظ)
audit-action-withdraw = سحب الموافقة
audit-action-restore = استعادة (إلغاء حذف أو دمج)
audit-action-merge = دمج ملفين

# What a line of the log is about.
audit-entity-beneficiary = ملف الشخص
audit-entity-activity = جلسة مرافقة
audit-entity-procedure = إجراء
audit-entity-consent = موافقة
audit-entity-place = مكان النشاط
audit-entity-structure = المؤسسة
audit-entity-setting = إعداد
audit-entity-catalogue-entry = إجراء من الفهرس

privacy-title = البيانات الشخصية وحقوق الشخص
privacy-consents = الموافقة
privacy-no-consent = لا توجد أي موافقة مسجَّلة.
privacy-consent-line = أُعطيت في { $date } ({ $method })
privacy-consent-withdrawn-on = سُحبت في { $date }
privacy-withdraw = سحب هذه الموافقة اليوم
privacy-consent-date = تاريخ الموافقة
privacy-consent-method = الطريقة
privacy-consent-purposes = الغرض
privacy-record-consent = تسجيل الموافقة
privacy-consent-recorded = تم تسجيل الموافقة.
privacy-consent-withdrawn = تم تسجيل سحب الموافقة.
privacy-access = نسخة من البيانات (حق الاطّلاع)
privacy-access-explanation = ملفان: نص مقروء بلغة الشخص، وكل البيانات بصيغة JSON. لا تحتوي أسماء الملفات على اسم أي شخص.
privacy-export-folder = مجلد الحفظ
privacy-usb-key = ذاكرة USB
privacy-documents = المستندات
privacy-export = حفظ نسخة البيانات
privacy-exported = تم حفظ النسخة:
privacy-erasure = المسح
privacy-erasure-explanation = يمسح نهائيًا هوية هذا الشخص وبيانات الاتصال به وملاحظاته. تبقى جلسات المرافقة محسوبة في الإحصائيات، بدون اسم.
privacy-erase = مسح بيانات هذا الشخص…
privacy-erasure-question = مسح بيانات هذا الشخص نهائيًا؟
privacy-erasure-goes = ما سيتم مسحه:
privacy-erasure-accompaniment-notes = { $count ->
    [zero] الملاحظات والخطوات القادمة في { $count } جلسة مرافقة
    [one] الملاحظات والخطوات القادمة في جلسة مرافقة واحدة
    [two] الملاحظات والخطوات القادمة في جلستَي مرافقة
    [few] الملاحظات والخطوات القادمة في { $count } جلسات مرافقة
    [many] الملاحظات والخطوات القادمة في { $count } جلسة مرافقة
   *[other] الملاحظات والخطوات القادمة في { $count } جلسة مرافقة
}
privacy-erasure-procedure-texts = { $count ->
    [zero] أرقام الملفات والملاحظات في { $count } إجراء
    [one] رقم الملف والملاحظات في إجراء واحد
    [two] أرقام الملفات والملاحظات في إجراءين
    [few] أرقام الملفات والملاحظات في { $count } إجراءات
    [many] أرقام الملفات والملاحظات في { $count } إجراءً
   *[other] أرقام الملفات والملاحظات في { $count } إجراء
}
privacy-erasure-status-notes = { $count ->
    [zero] { $count } ملاحظة لمتابعة الإجراءات
    [one] ملاحظة واحدة لمتابعة إجراء
    [two] ملاحظتان لمتابعة الإجراءات
    [few] { $count } ملاحظات لمتابعة الإجراءات
    [many] { $count } ملاحظة لمتابعة الإجراءات
   *[other] { $count } ملاحظة لمتابعة الإجراءات
}
privacy-erasure-keeps = يبقى في الإحصائيات، بدون اسم: جلسات المرافقة ({ $accompaniments }) والإجراءات ({ $procedures }). لا يمكن التراجع عن هذا المسح.
privacy-erasure-cancel = عدم المسح
privacy-erasure-confirm = المسح نهائيًا
privacy-erased = تم مسح بيانات الشخص.
audit-title = سجلّ الاطّلاع والتعديلات
audit-when = متى
audit-what = العملية
audit-which = العنصر
audit-open-file = فتح الملف
audit-more = عرض المزيد
audit-empty = السجلّ فارغ.
retention-title = مدة الاحتفاظ بالملفات
retention-explanation = الملفات التي لم تُسجَّل فيها أي جلسة مرافقة طوال هذه المدة تصبح مجهولة الهوية عند فتح Escale. لا تتغير الإحصائيات.
retention-months = الاحتفاظ بالملفات غير النشطة لمدة (بالأشهر)
retention-save = حفظ المدة
retention-saved = تم حفظ مدة الاحتفاظ.
retention-preview-title = الملفات التي ستصبح مجهولة الهوية خلال 30 يومًا
retention-preview-none = لن يصبح أي ملف مجهول الهوية خلال 30 يومًا.
retention-preview-line = { $name } — آخر جلسة مرافقة في { $last }، يصبح مجهول الهوية في { $on }
retention-preview-more = بالإضافة إلى { $count } أخرى.
