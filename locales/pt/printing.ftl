## Imprimir ou guardar um documento a entregar (janela)

print-summary = Imprimir o resumo
print-procedure-sheet = Imprimir a ficha
print-consent-form = Imprimir o formulário de consentimento
print-title-summary = Resumo do acompanhamento a entregar
print-title-procedure-sheet = Ficha do processo a entregar
print-title-consent-form = Formulário de consentimento para assinar
print-explanation = O Escale guarda o documento em PDF; depois, abra-o para o imprimir. Também o pode guardar numa pen USB.
print-language = Língua do documento
print-language-french-only = Só francês
# $language: o nome da língua («العربية (árabe)»).
print-language-both = Francês e { $language }
print-folder = Pasta onde guardar (pen USB ou Documentos)
print-file-name = Nome do ficheiro
print-file-name-help = Evite pôr o nome da pessoa: outras pessoas podem ver os nomes dos ficheiros.
print-save = Guardar o PDF
print-saving = A criar o documento…
print-saved = { $pages ->
    [one] Documento guardado ({ $pages } página): { $path }
    [many] Documento guardado ({ $pages } páginas): { $path }
   *[other] Documento guardado ({ $pages } páginas): { $path }
}
print-open = Abrir para imprimir
print-opened = O documento abre-se no leitor de PDF: imprima-o a partir dessa janela (Ctrl+P).
print-close = Fechar
print-replace-question = Já existe um ficheiro «{ $name }» nesta pasta. Substituí-lo pelo novo documento?
print-replace = Substituir
print-other-name = Escolher outro nome

# Erros ao guardar um documento.
error-save-file-exists = Já existe um ficheiro «{ $name }» em { $path }. Nada foi guardado.
error-file-name-invalid = Este nome de ficheiro não serve: precisa de pelo menos um carácter, nenhum ponto no início e nenhum destes sinais: / \ : * ? " < > |
error-viewer-not-started = O documento foi guardado, mas não foi possível abrir nenhum leitor de PDF. Abra o ficheiro a partir do gestor de ficheiros para o imprimir.
