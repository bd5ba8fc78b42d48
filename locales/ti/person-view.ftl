# ናብቲ ሰብ ዝተገልበጠ ስክሪን፦ ዝቕጽሉ ስጉምትታቱ ብቋንቋኡ፣ ከምኡ'ውን ብድምጺ ምንባብ።
# ቀሊል ጽሓፉ፦ ሓጸርቲ ምሉኣት ሓሳባት፣ ልሙዳት ቃላት።

## ኣብ ፋይል ናይቲ ሰብ (ቋንቋ ሓጋዚ)
person-view-open = ስክሪን ናብቲ ሰብ ግልበጡ
person-view-open-title = ነቲ ሰብ ብቋንቋኡ ዝምልከቶ ጥራይ ኣርእዩ ({ $shortcut })
shortcut-person-view = Ctrl+Shift+P
person-view-needs-pin = ስክሪን ናብቲ ሰብ ንምግልባጥ፣ መጀመርታ PIN ኮድ ምረጹ፦ ናብ ስክሪናትኩም ንምምላስ ክሕተት እዩ።
person-view-pin-save = እዚ ኮድ ምረጹ እሞ ስክሪን ግልበጡ
person-view-pin-cancel = ሰርዙ

## ስክሪን ናይቲ ሰብ (ብቋንቋኡ)
person-view-title = ዝቕጽሉ ስጉምትታትኩም
person-view-title-named = { $name }፣ እዚኦም ዝቕጽሉ ስጉምትታትኩም እዮም
person-view-next-steps = እንታይ ክግበር ኣለዎ
person-view-next-steps-none = ሕጂ ዝግበር የለን።
person-view-written-on = ብ{ $date } ተጻሒፉ
person-view-procedures = ኣብ መስርሕ ዘለዉ ጉዳያትኩም
person-view-procedures-none = ኣብ መስርሕ ዘሎ ጉዳይ የለን።
person-view-status = ጉዳይ ኣበይ በጺሑ፦ { $status }
person-view-reference = ቁጽሪ ፋይል፦ { $reference }
person-view-deadline = ቅድሚ { $date } ክግበር ኣለዎ
person-view-documents-missing = { $count ->
    [one] ሓደ ሰነድ ጎዲሉ ኣሎ፦
   *[other] { $count } ሰነዳት ጎዲሎም ኣለዉ፦
}
person-view-documents-complete = ኩሎም ሰነዳት ኣለዉ።
person-view-dates = ዝቕጽላ ዕለታትኩም
person-view-dates-none = ሕጂ ዝተወሰነ ዕለት የለን።
person-view-date-deadline = ናይ መወዳእታ መዓልቲ ን«{ $procedure }»
person-view-date-renewal = «{ $procedure }» ምሕዳስ
person-view-date-declaration = ጸብጻብ «{ $procedure }»
person-view-date-call_back = ሓጋዚኹም ብዛዕባ «{ $procedure }» ክድውለልኩም እዩ
person-view-read-aloud = ስምዑ
person-view-stop-reading = ምንባብ ደው ኣብሉ
person-view-no-voice = ኣብዚ ኮምፒዩተር ብ{ $language } ድምጺ የለን

## ስክሪን ናብ ሓጋዚ ምምላስ (ቋንቋ ሓጋዚ)
person-view-back = ስክሪን ናብ ሓጋዚ ኣመልሱ
person-view-back-explained = ንሓጋዚ ጥራይ፦ ንምምላስ ኮድኩም ይሕተት።
person-view-back-submit = ናብ ስክሪናተይ ተመለስ
person-view-back-cancel = ሰርዙ

## መስመር ትእዛዝ
cli-about-escale-person-view = እቲ ናብቲ ሰብ ዝተገልበጠ ስክሪን ብቋንቋኡ ዘርእዮ የርኢ፦ ዝቕጽሉ ስጉምትታት፣ ኣብ መስርሕ ዘለዉ ጉዳያት ምስ ዝጎደሉ ሰነዳት፣ ዝቕጽላ ዕለታት።
cli-arg-escale-person-view-id = መለለዪ ናይቲ ሰብ።
cli-arg-escale-person-view-json = ውጽኢት ብJSON።

## ጌጋታት ብድምጺ ምንባብ
error-reading-unavailable = መንበቢ ብድምጺ (espeak-ng) ኣብዚ ኮምፒዩተር ኣይተተኽለን።
error-reading-no-voice = ኣብዚ ኮምፒዩተር ነዚ ቋንቋ ዝኸውን ድምጺ የለን።
error-reading-failed = ብድምጺ ምንባብ ኣይሰርሐን (ናይ ድምጺ መውጽኢ የለን ድዩ?)።
