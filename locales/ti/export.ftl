## ብቕርጺ ሃገራዊ መድረኽ ምውጻእ (La Coop de la médiation numérique)።
## ኣርእስትታት ዓምድታት ናይቶም ፋይላት ናይቲ መድረኽ እዮም፣ ብፈረንሳይኛ፣ ኣብዚ ድማ የለዉን፦
## ቅርጺ ፋይል እዮም፣ ጽሑፍ ናይቲ መተሓሳሰሪ ኣይኮኑን።

export-title = ምውጻእ
export-intro = Escale ደገፋትኩም ወይ ተጠቀምትኹም ብቕርጺ La Coop de la médiation numérique ይጽሕፎም፣ ካልኣይ ግዜ ከይጸሓፍኩምዎም ክትጸብጽብዎም። እቲ ፋይል ከምቲ እቲ መድረኽ ዝጽበዮ ብፈረንሳይኛ እዩ።
export-what = እንታይ ክተውጽኡ ትደልዩ?
export-what-activities = ደገፋት (ንነፍሲ ወከፍ ዝተደገፈ ሰብ ሓደ መስመር)
export-what-people = ተጠቀምቲ (ስም ዘለዎም ሰባት)
export-what-statistics = ስታቲስቲክስ ናይቲ እዋን (ቀንዲ ቁጽርታት፣ ዛዕባታት፣ ቦታታት፣ ሰባት)
export-period = እዋን
export-period-this-month = እዚ ወርሒ
export-period-last-month = ዝሓለፈ ወርሒ
export-period-this-year = እዚ ዓመት
export-period-custom = ካልእ ዕለታት
export-from = ካብ
export-to = ክሳብ
export-period-reversed = ዕለት መጀመርታ ድሕሪ ዕለት መወዳእታ እዩ።
export-place = ቦታ
export-place-all = ኩሎም ቦታታት
export-format = ቅርጺ ፋይል
export-format-xlsx = ሰንጠረዥ XLSX (ንLa Coop de la médiation numérique)
export-format-csv = CSV (ንኻልኦት መሳርሒታት)
export-folder = እቲ ፋይል ዝዕቀበሉ ፎልደር (USB መፍትሕ ወይ ሰነዳት)
export-now = ኣውጽእ
export-working = ይወጽእ ኣሎ
export-cancel = ምውጻእ ኣቋርጽ
# $rows፦ ቁጽሪ መስመራት ናይቲ ፋይል፤ $name፦ ስም ናይቲ ፋይል።
export-done = { $rows ->
    [0] ፋይል ተዓቂቡ፣ ነዚ እዋን ዝኾነ መስመር የብሉን፦ { $name }
    [one] ፋይል ምስ { $rows } መስመር ተዓቂቡ፦ { $name }
   *[other] ፋይል ምስ { $rows } መስመራት ተዓቂቡ፦ { $name }
}
export-done-folder = ኣብቲ ፎልደር፦ { $folder }

# መስመር ትእዛዝ።
cli-about-escale-export = ብቕርጺ ሃገራዊ መድረኽ (La Coop de la médiation numérique)፣ ብXLSX ወይ CSV የውጽእ።
cli-about-escale-export-activities = ደገፋት የውጽእ፦ ንነፍሲ ወከፍ ዝተደገፈ ሰብ ሓደ መስመር።
cli-about-escale-export-people = ስም ዘለዎም ተጠቀምቲ የውጽእ።
cli-arg-escale-export-activities-from = ካብዚ ዕለት ጀሚሩ፣ ንሱ ውን ሓዊሱ (YYYY-MM-DD)።
cli-arg-escale-export-activities-to = ክሳብ እዚ ዕለት፣ ንሱ ውን ሓዊሱ (YYYY-MM-DD)።
cli-arg-escale-export-activities-place = ኣብዚ ቦታ ዝተገብሩ ደገፋት ጥራይ (መለለዪኡ)።
cli-arg-escale-export-activities-format = ቅርጺ ፋይል፦ xlsx (ሃገራዊ መድረኽ) ወይ csv (ካልኦት መሳርሒታት)።
cli-arg-escale-export-activities-output = ዝጽሓፍ ፋይል፣ ወይ እቲ ፋይል ነቲ መድረኽ ዝህቦ ስም ዝወስደሉ ፎልደር (ብንቡር እቲ ሕጂ ዘሎ ፎልደር)።
cli-arg-escale-export-activities-json = ውጽኢት ብJSON።
cli-arg-escale-export-people-from = ካብዚ ዕለት ጀሚሮም ዝተደገፉ ሰባት ጥራይ፣ ንሱ ውን ሓዊሱ (YYYY-MM-DD)።
cli-arg-escale-export-people-to = ክሳብ እዚ ዕለት ዝተደገፉ ሰባት ጥራይ፣ ንሱ ውን ሓዊሱ (YYYY-MM-DD)።
cli-arg-escale-export-people-place = ኣብዚ ቦታ ዝተደገፉ ሰባት ጥራይ (መለለዪኡ)።
cli-arg-escale-export-people-format = ቅርጺ ፋይል፦ xlsx (ሃገራዊ መድረኽ) ወይ csv (ካልኦት መሳርሒታት)።
cli-arg-escale-export-people-output = ዝጽሓፍ ፋይል፣ ወይ እቲ ፋይል ነቲ መድረኽ ዝህቦ ስም ዝወስደሉ ፎልደር (ብንቡር እቲ ሕጂ ዘሎ ፎልደር)።
cli-arg-escale-export-people-json = ውጽኢት ብJSON።
cli-about-escale-export-statistics = ስታቲስቲክስ ናይ ሓደ እዋን የውጽእ፦ ሓፈሻዊ ቁጽርታት፣ ዝሓለፉ 12 ኣዋርሕ፣ ከምኡ’ውን ነፍሲ ወከፍ ምምቃል ብቑጽሪን ብሚእታዊትን።
cli-arg-escale-export-statistics-from = መጀመርታ መዓልቲ ናይቲ እዋን (ዓዓዓዓ-ወወ-መመ)፣ ብልሙድ መዓልቲ 1 ናይቲ ወርሒ።
cli-arg-escale-export-statistics-to = ናይ መወዳእታ መዓልቲ ናይቲ እዋን (ዓዓዓዓ-ወወ-መመ)፣ ብልሙድ ሎሚ።
cli-arg-escale-export-statistics-place = ናይዚ ቦታ ንጥፈታት ጥራይ (መለለዪኡ)።
cli-arg-escale-export-statistics-format = ቅርጺ ፋይል፦ xlsx (ሃገራዊ መድረኽ) ወይ csv (ካልኦት መሳርሒታት)።
cli-arg-escale-export-statistics-output = ዝጽሓፍ ፋይል፣ ወይ እቲ ፋይል ነቲ መድረኽ ዝህቦ ስም ዝወስደሉ ፎልደር (ብንቡር እቲ ሕጂ ዘሎ ፎልደር)።
cli-arg-escale-export-statistics-json = ውጽኢት ብJSON።
cli-national-export-progress = ምውጻእ
# $rows፦ ቁጽሪ መስመራት፤ $path፦ እቲ ዝተጻሕፈ ፋይል።
cli-national-export-written = { $rows ->
    [one] { $rows } መስመር ናብ { $path } ወጺኡ
   *[other] { $rows } መስመራት ናብ { $path } ወጺኦም
}

# ጌጋ።
error-export-not-written = Escale ነዚ ፋይል ምውጻእ ክጽሕፎ ኣይከኣለን (ውሽጣዊ ጌጋ)። ዋላ ሓደ ፋይል ኣይተረፈን። እንደገና ፈትኑ፣ ወይ ነቲ ጸገም ሓብሩ።
