## Print or save a paper to hand over (window)

print-summary = لنډیز چاپ کړئ
print-procedure-sheet = د تعقیب پاڼه چاپ کړئ
print-consent-form = د رضایت فورم چاپ کړئ
print-title-summary = د مرستې لنډیز، کس ته د ورکولو لپاره
print-title-procedure-sheet = د اداري کار پاڼه، کس ته د ورکولو لپاره
print-title-consent-form = د رضایت فورم، چې کس یې لاسلیک کړي
print-explanation = Escale سند په PDF بڼه ثبتوي، بیا تاسو هغه د چاپ لپاره پرانیزئ. کولای شئ هغه په USB فلش کې هم وساتئ.
print-language = د سند ژبه
print-language-french-only = یوازې فرانسوي
# $language: the language's name ("العربية (عربي)").
print-language-both = فرانسوي او { $language }
print-folder = د ثبتولو فولډر (USB فلش یا اسناد)
print-file-name = د فایل نوم
print-file-name-help = د کس نوم پکې مه لیکئ: نور کسان د فایلونو نومونه لیدلای شي.
print-save = PDF ثبت کړئ
print-saving = سند جوړېږي…
print-saved = { $pages ->
    [one] سند ثبت شو ({ $pages } مخ): { $path }
   *[other] سند ثبت شو ({ $pages } مخونه): { $path }
}
print-open = د چاپ لپاره یې پرانیزئ
print-opened = سند د PDF په لوستونکي پروګرام کې پرانیستل کېږي: له هماغې کړکۍ یې چاپ کړئ (Ctrl+P).
print-close = تړل
print-replace-question = په دې فولډر کې د «{ $name }» په نوم فایل له مخکې شته. هغه په نوي سند بدل کړئ؟
print-replace = بدل یې کړئ
print-other-name = بل نوم وټاکئ

# Errors while saving a document.
error-save-file-exists = په { $path } کې د «{ $name }» په نوم فایل له مخکې شته. هېڅ شی نه دی ثبت شوی.
error-file-name-invalid = دا د فایل نوم نه منل کېږي: لږ تر لږه یو توری پکار دی، په پیل کې ټکی نه وي، او له دې نښو څخه هېڅ یوه پکې نه وي: / \ : * ? " < > |
error-viewer-not-started = سند ثبت شو، خو د PDF هېڅ لوستونکی پروګرام پرانیستل نه شو. د چاپ لپاره فایل د فایلونو له مدیر (file manager) څخه پرانیزئ.
