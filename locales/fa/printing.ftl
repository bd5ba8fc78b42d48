## Print or save a paper to hand over (window)

print-summary = چاپ خلاصه
print-procedure-sheet = چاپ برگهٔ کار اداری
print-consent-form = چاپ فرم رضایت
print-title-summary = خلاصهٔ جلسهٔ کمک، برای دادن به شخص
print-title-procedure-sheet = برگهٔ کار اداری، برای دادن به شخص
print-title-consent-form = فرم رضایت، برای امضای شخص
print-explanation = Escale سند را به صورت PDF ذخیره می‌کند، سپس شما آن را باز می‌کنید تا چاپ کنید. می‌توانید آن را روی یک فلش USB هم نگه دارید.
print-language = زبان سند
print-language-french-only = فقط فرانسوی
# $language: the language's name ("العربية (arabe)").
print-language-both = فرانسوی و { $language }
print-folder = پوشهٔ ذخیره (فلش USB یا پوشهٔ Documents)
print-file-name = نام فایل
print-file-name-help = نام شخص را در آن ننویسید: دیگران می‌توانند نام فایل‌ها را ببینند.
print-save = ذخیرهٔ PDF
print-saving = در حال ساختن سند…
print-saved = { $pages ->
    [one] سند ذخیره شد ({ $pages } صفحه): { $path }
   *[other] سند ذخیره شد ({ $pages } صفحه): { $path }
}
print-open = باز کردن برای چاپ
print-opened = سند در برنامهٔ خواندن PDF باز می‌شود: آن را از پنجرهٔ همان برنامه چاپ کنید (Ctrl+P).
print-close = بستن
print-replace-question = فایلی به نام «{ $name }» از قبل در این پوشه هست. آن را با سند جدید جایگزین کنیم؟
print-replace = جایگزین کردن
print-other-name = انتخاب نام دیگر

# Errors while saving a document.
error-save-file-exists = فایلی به نام «{ $name }» از قبل در { $path } هست. هیچ چیزی ذخیره نشد.
error-file-name-invalid = این نام فایل مناسب نیست: دست‌کم یک حرف لازم است، نباید با نقطه شروع شود و هیچ‌کدام از این نشانه‌ها را نباید داشته باشد: / \ : * ? " < > |
error-viewer-not-started = سند ذخیره شد، اما هیچ برنامهٔ خواندن PDF باز نشد. برای چاپ، فایل را از برنامهٔ مدیریت فایل‌ها باز کنید.
