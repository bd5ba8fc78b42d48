## Print or save a paper to hand over (window)

print-summary = ሓጺር መግለጺ ሕተሙ
print-procedure-sheet = ወረቐት ክትትል ሕተሙ
print-consent-form = ቅጥዒ ፍቓድ ሕተሙ
print-title-summary = ንሰብ ዝወሃብ ሓጺር መግለጺ ሓገዝ
print-title-procedure-sheet = ንሰብ ዝወሃብ ወረቐት ጉዳይ
print-title-consent-form = ንፊርማ ዝቐርብ ቅጥዒ ፍቓድ
print-explanation = Escale ነቲ ሰነድ ብPDF ይዕቅቦ፣ ድሕሪኡ ንምሕታም ትኸፍትዎ። ኣብ USB ፍላሽ እውን ክትዕቅብዎ ትኽእሉ ኢኹም።
print-language = ቋንቋ ሰነድ
print-language-french-only = ፈረንሳይኛ ጥራይ
# $language: the language's name ("العربية (ዓረብኛ)").
print-language-both = ፈረንሳይኛ ከምኡ እውን { $language }
print-folder = ዝዕቀበሉ ፎልደር (USB ፍላሽ ወይ ሰነዳት)
print-file-name = ስም ፋይል
print-file-name-help = ስም ናይቲ ሰብ ኣብኡ ኣይተእትዉ፦ ካልኦት ሰባት ስም ፋይላት ክርእዩ ይኽእሉ እዮም።
print-save = PDF ዓቅቡ
print-saving = ሰነድ ይዳሎ ኣሎ…
print-saved = { $pages ->
    [one] ሰነድ ተዓቂቡ ({ $pages } ገጽ)፦ { $path }
   *[other] ሰነድ ተዓቂቡ ({ $pages } ገጻት)፦ { $path }
}
print-open = ንምሕታም ክፈቱ
print-opened = ሰነድ ኣብ መንበቢ PDF ይኽፈት ኣሎ፦ ካብ መስኮቱ ሕተምዎ (Ctrl+P)።
print-close = ዕጸው
print-replace-question = «{ $name }» ዝብል ፋይል ኣብዚ ፎልደር ድሮ ኣሎ። ብሓድሽ ሰነድ ይትካእ ድዩ፧
print-replace = ተክኡ
print-other-name = ካልእ ስም ምረጹ

# Errors while saving a document.
error-save-file-exists = «{ $name }» ዝብል ፋይል ኣብ { $path } ድሮ ኣሎ። ዋላ ሓንቲ ኣይተዓቀበን።
error-file-name-invalid = እዚ ስም ፋይል ኣይበቕዕን፦ እንተወሓደ ሓደ ምልክት የድሊ፣ ብነጥቢ ክጅምር የብሉን፣ ካብዞም ምልክታት ድማ ሓደ እኳ ክህልዎ የብሉን፦ / \ : * ? " < > |
error-viewer-not-started = እቲ ሰነድ ተዓቂቡ ኣሎ፣ ግን ዝኾነ መንበቢ PDF ክኽፈት ኣይከኣለን። ንምሕታም፣ ነቲ ፋይል ካብ ኣመሓዳሪ ፋይላት ክፈትዎ።
