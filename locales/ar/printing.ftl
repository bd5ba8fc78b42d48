## Print or save a paper to hand over (window)

print-summary = طباعة الملخص
print-procedure-sheet = طباعة ورقة الإجراء
print-consent-form = طباعة استمارة الموافقة
print-title-summary = ملخص جلسة المرافقة لتسليمه للشخص
print-title-procedure-sheet = ورقة الإجراء لتسليمها للشخص
print-title-consent-form = استمارة الموافقة ليوقّعها الشخص
print-explanation = يحفظ Escale الوثيقة بصيغة PDF، ثم تفتحها لطباعتها. يمكنك أيضًا الاحتفاظ بها على ذاكرة USB.
print-language = لغة الوثيقة
print-language-french-only = الفرنسية فقط
# $language: the language's name ("العربية (arabe)").
print-language-both = الفرنسية و{ $language }
print-folder = مجلد الحفظ (ذاكرة USB أو المستندات)
print-file-name = اسم الملف
print-file-name-help = يُرجى عدم وضع اسم الشخص فيه: قد يرى أشخاص آخرون أسماء الملفات.
print-save = حفظ ملف PDF
print-saving = جارٍ إعداد الوثيقة…
print-saved = { $pages ->
    [zero] تم حفظ الوثيقة ({ $pages } صفحة): { $path }
    [one] تم حفظ الوثيقة (صفحة واحدة): { $path }
    [two] تم حفظ الوثيقة (صفحتان): { $path }
    [few] تم حفظ الوثيقة ({ $pages } صفحات): { $path }
    [many] تم حفظ الوثيقة ({ $pages } صفحةً): { $path }
   *[other] تم حفظ الوثيقة ({ $pages } صفحة): { $path }
}
print-open = فتح للطباعة
print-opened = تُفتح الوثيقة في قارئ PDF: يُرجى طباعتها من نافذته (Ctrl+P).
print-close = إغلاق
print-replace-question = يوجد من قبل ملف «{ $name }» في هذا المجلد. هل تريد استبداله بالوثيقة الجديدة؟
print-replace = استبدال
print-other-name = اختيار اسم آخر

# Errors while saving a document.
error-save-file-exists = يوجد من قبل ملف «{ $name }» في { $path }. لم يُحفظ أي شيء.
error-file-name-invalid = اسم الملف هذا غير مناسب: يجب أن يحتوي على حرف واحد على الأقل، وألا يبدأ بنقطة، وألا يحتوي على أي علامة من هذه العلامات: / \ : * ? " < > |
error-viewer-not-started = تم حفظ الوثيقة، لكن تعذّر فتح أي قارئ PDF. يُرجى فتح الملف من مدير الملفات لطباعته.
