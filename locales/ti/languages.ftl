# Settings: Escale's languages and how far each translation has been checked.

languages-title = ቋንቋታት
languages-help = Escale ነዞም ቋንቋታት ይዛረብ። ረቂቕ ትርጉም ገና ብወናኒ ቋንቋ ኣይተንበበን፦ ንብዙሓት ሰባት ቅድሚ ምርኣይኩም ኣመርምሩዎ።
languages-column-language = ቋንቋ
languages-column-messages = ዝተተርጎሙ ጽሑፋት
languages-column-review = ምርመራ
languages-messages = { $translated } ካብ { $total }
languages-right-to-left = ካብ የማን ናብ ጸጋም ይጽሓፍ
languages-review-reference = መወከሲ ቋንቋ
languages-review-drafted = ረቂቕ ናይ { $date }፣ ገና ኣይተመርመረን
languages-review-drafted-undated = ረቂቕ፣ ገና ኣይተመርመረን
languages-review-reviewed = ብ{ $reviewer } ኣብ { $date } ተመርሚሩ
