# Recording an accompaniment or a workshop (ui/src/features/activity).
# Tigrinya: "accompaniment" = ሓገዝ, "workshop" = ኣውደ ስራሕ, "theme" = ዛዕባ.

record-new-accompaniment = ሓድሽ ሓገዝ
record-new-workshop = ሓድሽ ኣውደ ስራሕ
shortcut-new-accompaniment = Ctrl+Shift+N
record-new-accompaniment-title = ካብ ዝኾነ ስክሪን ሓገዝ መዝግቡ (Ctrl+Shift+N)
record-keys-help = Tab፦ ናብ ዝቕጽል ክፍሊ · ቀስትታት፦ ምምራጽ · Space፦ ምልክት ምግባር · Ctrl+Enter፦ ምዕቃብ

record-person = ዝተሓገዘ ሰብ
record-person-placeholder = ካብ ስም ገለ ፊደላት…
record-person-help = Enter ነቲ ብሕብሪ ዝጎልሐ ሰብ ይመርጽ፤ ቀስትታት ነቲ ምርጫ ይቕይሩ።
record-person-create = «{ $name }» ከም ሓድሽ ሰብ ፍጠሩ
record-person-anonymous = ስም ዘይብሉ ሰብ (ስሙ ኣይምዝገብን)
record-person-born = ልደት { $year }
record-person-last-seen = ናይ መወዳእታ ርክብ { $date }
record-person-change = ካልእ ሰብ ምረጹ
record-person-new = ሓድሽ ሰብ
record-person-search-again = ኣብ ክንድኡ ዝፍለጥ ሰብ ድለዩ
record-person-accompanied-before = ቅድሚ ሕጂ ሓገዝ ረኺቡ ነይሩ (ኣብ ካልእ ቦታ ወይ ቅድሚ Escale)

date-letter-day = መ
date-letter-month = ወ
date-letter-year = ዓ

record-more-themes = { $count ->
    [one] + { $count } ካልእ ዛዕባ
   *[other] + { $count } ካልኦት ዛዕባታት
}
record-place = ቦታ
record-place-from-day = ኣብ { $date } ዝነበረ ቦታኹም፣ እቲ ናይ መወዳእታ።
record-orientation-none = ናብ ካልእ ትካል ኣይተላእከን

record-workshop-title = ሓድሽ ናይ ጉጅለ ኣውደ ስራሕ
record-workshop-name = ኣርእስቲ ኣውደ ስራሕ
record-workshop-level = ደረጃ
record-workshop-save = ኣውደ ስራሕ ዓቅቡ
record-participants = ክትትል ዝግበረሎም ተሳተፍቲ (ዝፍለጡ ሰባት)
record-participants-chosen = ዝተመርጹ ተሳተፍቲ
record-participant-remove = { $name } ካብ ኣውደ ስራሕ ኣውጽኡ
record-participant-remove-short = ኣውጽኡ

record-anonymous-title = ስም ዘይብሎም ተሳተፍቲ
record-anonymous-total = ጠቕላላ ቁጽሪ
record-anonymous-already = ካብኣቶም ቅድሚ ሕጂ ሓገዝ ዝረኸቡ
record-anonymous-gender = ጾታ
record-anonymous-age-band = ደረጃ ዕድመ
record-anonymous-social-status = ማሕበራዊ ኩነታት
record-anonymous-sum = { $sum } ካብ { $total }

toast-workshop-saved = ኣውደ ስራሕ ተዓቂቡ።

error-ui-person-required = ዝተሓገዘ ሰብ ምረጹ፣ ሓድሽ ፍጠሩ፣ ወይ «ስም ዘይብሉ ሰብ» ምረጹ።
error-ui-count-invalid = ምሉእ ቁጽሪ ጽሓፉ (ኣሃዛት ጥራይ)።

record-edit-title = ምእራም ሓገዝ
record-workshop-edit-title = ምእራም ኣውደ ስራሕ
record-save-correction = እርማት ዓቅቡ
toast-activity-corrected = እርማት ተዓቂቡ።
