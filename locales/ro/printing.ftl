## Tipărirea sau salvarea unui document de înmânat (fereastra)

print-summary = Tipăriți rezumatul
print-procedure-sheet = Tipăriți fișa
print-consent-form = Tipăriți formularul de consimțământ
print-title-summary = Rezumatul sesiunii de sprijin, de înmânat persoanei
print-title-procedure-sheet = Fișa demersului, de înmânat persoanei
print-title-consent-form = Formularul de consimțământ, pentru semnătura persoanei
print-explanation = Escale salvează documentul în format PDF, apoi îl deschideți pentru a-l tipări. Îl puteți păstra și pe un stick USB.
print-language = Limba documentului
print-language-french-only = Doar franceză
# $language: numele limbii („العربية (Arabă)”).
print-language-both = Franceză și { $language }
print-folder = Dosarul în care se salvează (stick USB sau Documente)
print-file-name = Numele fișierului
print-file-name-help = Nu puneți numele persoanei în numele fișierului: alte persoane pot vedea numele fișierelor.
print-save = Salvați PDF-ul
print-saving = Se creează documentul…
print-saved = { $pages ->
    [one] Document salvat ({ $pages } pagină): { $path }
    [few] Document salvat ({ $pages } pagini): { $path }
   *[other] Document salvat ({ $pages } de pagini): { $path }
}
print-open = Deschideți pentru a tipări
print-opened = Documentul se deschide în cititorul de PDF: tipăriți-l din fereastra acestuia (Ctrl+P).
print-close = Închideți
print-replace-question = Un fișier „{ $name }” există deja în acest dosar. Îl înlocuiți cu noul document?
print-replace = Înlocuiți
print-other-name = Alegeți alt nume

# Erori la salvarea unui document.
error-save-file-exists = Un fișier „{ $name }” există deja în { $path }. Nu s-a salvat nimic.
error-file-name-invalid = Acest nume de fișier nu este potrivit: trebuie să aibă cel puțin un caracter, să nu înceapă cu un punct și să nu conțină niciunul dintre aceste semne: / \ : * ? " < > |
error-viewer-not-started = Documentul a fost salvat, dar nu s-a putut deschide niciun cititor de PDF. Deschideți fișierul din managerul de fișiere pentru a-l tipări.
