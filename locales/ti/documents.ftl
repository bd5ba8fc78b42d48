# Printed documents (PDF) the person takes home: summary of the appointment, follow-up of a
# procedure, agreement on personal data. Read by people who read little: short sentences,
# common words, polite plural "you" (ንስኹም). Each document is printed in French and in
# Tigrinya, side by side.
# Vocabulary words (themes, statuses, documents) and the screen turned toward the person
# (person-view-*) are reused as they are from their own files.

## On every page
documents-page = ገጽ { $page } ካብ { $pages }
documents-for-person = ንመን፦ { $name }
# The file name offered: never the person's name. No / \ : * ? " < > |; keep "-{ $date }.pdf".
documents-file-summary = ሓጺር-መግለጺ-ቆጸራ-{ $date }.pdf
documents-file-procedure = ክትትል-ጉዳይ-{ $date }.pdf
documents-file-consent = ፍቓድ-ሓበሬታ-{ $date }.pdf

## Summary of the appointment
documents-summary-title = ሓጺር መግለጺ ናይ ቆጸራኹም
documents-summary-with-mediator = ምስ { $mediator }፣ { $structure }
documents-summary-with-structure = ምስ { $structure }
documents-summary-when-where = ብ{ $date } — { $place }
documents-summary-done = ዝገበርናዮ
documents-summary-procedure-typed = ጉዳይ፦ { $procedure }
documents-summary-procedure-followed = ክትትል ዝግበረሉ ጉዳይ፦ { $procedure }
documents-summary-workshop = ኣውደ ስራሕ፦ { $title }
documents-column-procedure = ጉዳይ
documents-column-status = ኣበይ በጺሑ
documents-column-reference = ቁጽሪ ፋይል
documents-column-deadline = ቅድሚ እዚ ዕለት ክግበር
documents-summary-next-steps = ሕጂ እንታይ ክግበር ኣለዎ
documents-summary-typed-by-mediator = ሓጋዚኹም ዝጸሓፎ፦
documents-summary-next-steps-none = ንሕጂ ካልእ ዝግበር የለን።
documents-summary-bring = ኣብ ዝቕጽል ግዜ ከተምጽእዎም ዘለኩም ሰነዳት
documents-summary-bring-hint = እቲ ሰነድ ምስ ሃለወኩም፣ ኣብቲ ሳጹን ምልክት ግበሩ።
documents-summary-bring-none = ከተምጽእዎ ዘለኩም ሰነድ የለን።
documents-summary-next-date = ዝቕጽል ቆጸራ
documents-summary-call-back = ሓጋዚኹም ብ{ $date } ክድውለልኩም እዩ።
documents-summary-no-date = ገና ዕለት ኣይተወሰነን። ኣብዚ ጽሓፍዎ፦
documents-summary-write-date = ዕለት፦ ____________    ሰዓት፦ ________
documents-date-line = { $date }፦ { $what }
documents-contacts = ጠቓሚ ሓበሬታ ርክብ
documents-contact-partner = { $name } ({ $kind })
documents-contact-hours = ሰዓታት ስራሕ፦ { $hours }

## Follow-up of a procedure
documents-procedure-title = ክትትል ናይ ጉዳይኩም
documents-procedure-organisation = ትካል፦ { $organisation }
documents-procedure-since = ካብ { $date } ጀሚሩ
documents-procedure-no-reference = ገና ቁጽሪ ፋይል የለን።
documents-procedure-dates = ክትዝክርዎም ዘለኩም ዕለታት
documents-procedure-renewal = ቅድሚ { $date } ክሕደስ ኣለዎ
documents-procedure-declaration = ዝቕጽል ጸብጻብ ብ{ $date }
documents-procedure-call-back = ሓጋዚኹም ብ{ $date } ክድውለልኩም እዩ።
documents-procedure-no-dates = ንሕጂ ክትዝክርዎ ዘለኩም ዕለት የለን።
documents-procedure-documents = ሰነዳት
documents-procedure-documents-count = { $missing ->
    [0] ኩሎም ሰነዳት ኣለዉ።
    [one] ገና ሓደ ሰነድ ጎዲሉ ኣሎ።
   *[other] ገና { $missing } ሰነዳት ጎዲሎም ኣለዉ።
}
documents-procedure-brought = { $document } (ብ{ $date } መጺኡ)
documents-procedure-no-documents = ዝተሓተተ ሰነድ የለን።
documents-procedure-history = ስጉምትታት
documents-column-date = ዕለት
documents-column-step = ስጉምቲ
documents-column-note = መዘኻኸሪ
documents-step-reopened = እንደገና ተኸፊቱ፦ { $status }

## Agreement on personal data
documents-consent-title = ሓበሬታኹምን ፍቓድኩምን
documents-consent-intro = { $structure ->
    [none] ንሕና ኣብ ጉዳያትኩም ንሕግዘኩም።
   *[other] { $structure } ኣብ ጉዳያትኩም ይሕግዘኩም።
} ብግቡእ ክንከታተለኩም፣ ገለ ሓበሬታ ብዛዕባኹም ንዕቅብ። እዚ ሓበሬታ ኣብ ኮምፒዩተር ናይ ሓጋዚኹም ይጸንሕ፣ ብመሕለፊ ቃል ድማ ይሕሎ። ኣብ ኢንተርነት የለን።
documents-consent-what = እንታይ ንዕቅብ
documents-consent-what-identity = ስምኩም፣ ዓመተ ልደትኩም፣ ከተማኹም፣ ተሌፎንኩም፣ ኢመይልኩም፣ ከምኡ እውን እትዛረብዎም ቋንቋታት።
documents-consent-what-visits = ቆጸራታትኩም፦ ዕለት፣ ዛዕባ፣ ዝወሰዶ ግዜን ገና ክግበር ዝተረፈን።
documents-consent-what-procedures = ጉዳያትኩም፦ ቁጽሪ ፋይል፣ ዕለታት፣ ዝመጹን ዝጎደሉን ሰነዳት።
documents-consent-why = ስለምንታይ
documents-consent-tick = ነቲ እትሰማምዕሉ ምልክት ግበሩሉ፦
documents-consent-statistics = ብዘይ ስምኩም፣ ቆጸራታትኩም ኣብ ስታቲስቲክስ ዲጂታላዊ ሓገዝ ይቑጸሩ።
documents-consent-how-long = ክንደይ ግዜ
documents-consent-retention = { $months ->
    [one] ድሕሪ ናይ መወዳእታ ቆጸራኹም፣ ሓበሬታኹም ን{ $months } ወርሒ ንዕቅቦ። ድሕሪኡ ስምኩምን ሓበሬታ ርክብኩምን ንድምስስ።
   *[other] ድሕሪ ናይ መወዳእታ ቆጸራኹም፣ ሓበሬታኹም ን{ $months } ኣዋርሕ ንዕቅቦ። ድሕሪኡ ስምኩምን ሓበሬታ ርክብኩምን ንድምስስ።
}
documents-consent-rights = መሰላትኩም
documents-consent-right-access = ቅዳሕ ናይ ኩሉ ሓበሬታኹም ክትረኽቡ ትኽእሉ ኢኹም።
documents-consent-right-correct = ጌጋ ዝኾነ ሓበሬታ ክእረም ክትሓቱ ትኽእሉ ኢኹም።
documents-consent-right-erase = ሓበሬታኹም ክድምሰስ ክትሓቱ ትኽእሉ ኢኹም።
documents-consent-right-withdraw = ፍቓድኩም ኣብ ዝደለኹምዎ ግዜ ክትስሕቡ ትኽእሉ ኢኹም። እቲ እትረኽብዎ ሓገዝ ኣይቕየርን።
documents-consent-how = { $structure ->
    [none] ነዚ ንምግባር፣ ምስ ሓጋዚኹም ተዛረቡ።
   *[other] ነዚ ንምግባር፣ ምስ ሓጋዚኹም ተዛረቡ ወይ ምስ { $structure } ርክብ ግበሩ።
}
documents-consent-complaint = መልስና እንተዘይኣዕጊቡኩም፣ ናብ CNIL (ኣብ ፈረንሳ ውልቃዊ ሓበሬታ ዝሕሉ ትካል፣ www.cnil.fr) ክትጽሕፉ ትኽእሉ ኢኹም።
documents-consent-sign = ፍቓድኩም
documents-consent-sign-text = ነዚ ሰነድ ኣንቢበዮ እየ፣ ወይ ተነቢቡለይ እዩ። ነቲ ምልክት ዝገበርኩሉ እሰማማዓሉ እየ።
documents-signature-person = ዕለትን ፊርማን ናይቲ ሰብ
documents-signature-mediator = ዕለትን ፊርማን ናይቲ ሓጋዚ

## Command line
cli-about-escale-pdf = ንሰብ ዝወሃብ ሰነድ ብPDF ምሕታም፣ ብፈረንሳይኛን ብቋንቋኡን። ምስ --lang፣ ብዝተዋህበ ቋንቋ ምስ ፈረንሳይኛ ብጎኑ («fr»፦ ፈረንሳይኛ ጥራይ)።
cli-about-escale-pdf-summary = ሓጺር መግለጺ ቆጸራ፦ ዝተገብረ፣ ኣብ መስርሕ ዘለዉ ጉዳያት፣ ክግበር ዘለዎ፣ ክመጹ ዘለዎም ሰነዳት፣ ሓበሬታ ርክብ።
cli-about-escale-pdf-procedure = ክትትል ጉዳይ፦ ስጉምትታት፣ ዝመጹን ዝጎደሉን ሰነዳት፣ ቁጽሪ ፋይል፣ ዕለታት።
cli-about-escale-pdf-consent = ፍቓድ ብዛዕባ ሓበሬታ፦ Escale እንታይ ይዕቅብ፣ ስለምንታይ፣ ክንደይ ግዜ፣ መሰላት ናይቲ ሰብ፣ ቦታ ፊርማ።
cli-arg-escale-pdf-summary-id = መለለዪ ሓገዝ።
cli-arg-escale-pdf-procedure-id = መለለዪ ጉዳይ።
cli-arg-escale-pdf-consent-id = መለለዪ ናይቲ ሰብ።
cli-arg-escale-pdf-summary-out = ዝጽሓፍ PDF ፋይል (እንተሃልዩ ይትካእ)።
cli-arg-escale-pdf-procedure-out = ዝጽሓፍ PDF ፋይል (እንተሃልዩ ይትካእ)።
cli-arg-escale-pdf-consent-out = ዝጽሓፍ PDF ፋይል (እንተሃልዩ ይትካእ)።
cli-pdf-written = { $pages ->
    [one] ሰነድ ተዓቂቡ፦ { $path } ({ $pages } ገጽ)።
   *[other] ሰነድ ተዓቂቡ፦ { $path } ({ $pages } ገጻት)።
}
