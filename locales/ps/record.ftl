# Recording an accompaniment or a workshop (ui/src/features/activity).

record-new-accompaniment = نوې مرسته
record-new-workshop = نوی ورکشاپ
shortcut-new-accompaniment = Ctrl+Shift+N
record-new-accompaniment-title = له هرې پاڼې څخه یوه مرسته ثبت کړئ (Ctrl+Shift+N)
record-keys-help = Tab: بله برخه · غشي: ټاکل · Space: نښه کول · Ctrl+Enter: ثبتول

record-person = هغه کس چې مرسته ورسره کېږي
record-person-placeholder = د نوم څو توري…
record-person-help = Enter روښانه شوی کس ټاکي؛ غشي ټاکنه بدلوي.
record-person-create = «{ $name }» د نوي کس په توګه جوړ کړئ
record-person-anonymous = بې نومه کس (بې له نوم)
record-person-born = د زېږېدو کال { $year }
record-person-last-seen = وروستی راتګ { $date }
record-person-change = کس بدل کړئ
record-person-new = نوی کس
record-person-search-again = د دې پر ځای یو پېژندل شوی کس ولټوئ
record-person-accompanied-before = مخکې هم ورسره مرسته شوې (په بل ځای کې یا له Escale مخکې)

date-letter-day = و
date-letter-month = م
date-letter-year = ک

record-more-themes = { $count ->
    [one] + ۱ بله موضوع
   *[other] + { $count } نورې موضوعګانې
}
record-place = ځای
record-place-from-day = ستاسو وروستی ځای، د { $date } ورځې.
record-orientation-none = هېچا ته نه دی معرفي شوی

record-workshop-title = نوی ډله‌ییز ورکشاپ
record-workshop-name = د ورکشاپ سرلیک
record-workshop-level = کچه
record-workshop-save = ورکشاپ ثبت کړئ
record-participants = تعقیب شوي ګډون‌وال (پېژندل شوي کسان)
record-participants-chosen = ټاکل شوي ګډون‌وال
record-participant-remove = { $name } له ورکشاپ څخه لرې کړئ
record-participant-remove-short = لرې کړئ

record-anonymous-title = بې نومه ګډون‌وال
record-anonymous-total = ټول شمېر
record-anonymous-already = له دوی څخه هغه چې مخکې ورسره مرسته شوې
record-anonymous-gender = جنس
record-anonymous-age-band = د عمر ډله
record-anonymous-social-status = ټولنیز حالت
record-anonymous-sum = { $sum } له { $total } څخه

toast-workshop-saved = ورکشاپ ثبت شو.

error-ui-person-required = هغه کس وټاکئ چې مرسته ورسره کېږي، یا یې جوړ کړئ، یا «بې نومه کس» وټاکئ.
error-ui-count-invalid = یو بشپړ عدد ولیکئ (یوازې عددونه).

record-edit-title = مرسته سمه کړئ
record-workshop-edit-title = ورکشاپ سم کړئ
record-save-correction = سمون ثبت کړئ
toast-activity-corrected = سمون ثبت شو.
