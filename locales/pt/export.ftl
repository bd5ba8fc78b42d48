## Exportações nos formatos da plataforma nacional (La Coop de la médiation numérique).
## Os cabeçalhos das colunas dos ficheiros são os da plataforma, em francês, e não estão aqui:
## são um formato de ficheiro, não texto da interface.

export-title = Exportações
export-intro = O Escale escreve os seus acompanhamentos ou os seus beneficiários no formato da La Coop de la médiation numérique, para os declarar sem os escrever uma segunda vez. O ficheiro está em francês, como a plataforma espera.
export-what = O que quer exportar?
export-what-activities = Os acompanhamentos (uma linha por pessoa acompanhada)
export-what-people = Os beneficiários (as pessoas com nome)
export-what-statistics = As estatísticas do período (números principais, temas, locais, pessoas)
export-period = Período
export-period-this-month = Este mês
export-period-last-month = O mês passado
export-period-this-year = Este ano
export-period-custom = Outras datas
export-from = De
export-to = Até
export-period-reversed = A data de início é depois da data de fim.
export-place = Local
export-place-all = Todos os locais
export-format = Formato do ficheiro
export-format-xlsx = Folha de cálculo XLSX (para La Coop de la médiation numérique)
export-format-csv = CSV (para outras ferramentas)
export-folder = Pasta onde guardar (pen USB ou Documentos)
export-now = Exportar
export-working = Exportação em curso
export-cancel = Parar a exportação
# $rows: o número de linhas do ficheiro; $name: o nome do ficheiro.
export-done = { $rows ->
    [0] Ficheiro guardado, sem nenhuma linha para este período: { $name }
    [one] Ficheiro guardado com { $rows } linha: { $name }
    [many] Ficheiro guardado com { $rows } linhas: { $name }
   *[other] Ficheiro guardado com { $rows } linhas: { $name }
}
export-done-folder = Na pasta: { $folder }

# Linha de comandos.
cli-about-escale-export = Exporta nos formatos da plataforma nacional (La Coop de la médiation numérique), em XLSX ou em CSV.
cli-about-escale-export-activities = Exporta os acompanhamentos: uma linha por pessoa acompanhada.
cli-about-escale-export-people = Exporta os beneficiários que têm nome.
cli-arg-escale-export-activities-from = A partir desta data, incluída (AAAA-MM-DD).
cli-arg-escale-export-activities-to = Até esta data, incluída (AAAA-MM-DD).
cli-arg-escale-export-activities-place = Só os acompanhamentos deste local (o seu identificador).
cli-arg-escale-export-activities-format = Formato do ficheiro: xlsx (a plataforma nacional) ou csv (outras ferramentas).
cli-arg-escale-export-activities-output = Ficheiro a escrever, ou pasta onde ele recebe o nome dado pela plataforma (a pasta atual por omissão).
cli-arg-escale-export-activities-json = Resultado em JSON.
cli-arg-escale-export-people-from = Só as pessoas acompanhadas a partir desta data, incluída (AAAA-MM-DD).
cli-arg-escale-export-people-to = Só as pessoas acompanhadas até esta data, incluída (AAAA-MM-DD).
cli-arg-escale-export-people-place = Só as pessoas acompanhadas neste local (o seu identificador).
cli-arg-escale-export-people-format = Formato do ficheiro: xlsx (a plataforma nacional) ou csv (outras ferramentas).
cli-arg-escale-export-people-output = Ficheiro a escrever, ou pasta onde ele recebe o nome dado pela plataforma (a pasta atual por omissão).
cli-arg-escale-export-people-json = Resultado em JSON.
cli-about-escale-export-statistics = Exporta as estatísticas de um período: números gerais, os últimos 12 meses e cada repartição em número e percentagem.
cli-arg-escale-export-statistics-from = Primeiro dia do período (AAAA-MM-DD), o dia 1 do mês por omissão.
cli-arg-escale-export-statistics-to = Último dia do período (AAAA-MM-DD), hoje por omissão.
cli-arg-escale-export-statistics-place = Só as atividades deste local (o seu identificador).
cli-arg-escale-export-statistics-format = Formato do ficheiro: xlsx (a plataforma nacional) ou csv (outras ferramentas).
cli-arg-escale-export-statistics-output = Ficheiro a escrever, ou pasta onde ele recebe o nome dado pela plataforma (a pasta atual por omissão).
cli-arg-escale-export-statistics-json = Resultado em JSON.
cli-national-export-progress = Exportação
# $rows: o número de linhas; $path: o ficheiro escrito.
cli-national-export-written = { $rows ->
    [one] { $rows } linha exportada para { $path }
    [many] { $rows } linhas exportadas para { $path }
   *[other] { $rows } linhas exportadas para { $path }
}

# Erro.
error-export-not-written = O Escale não conseguiu escrever este ficheiro de exportação (erro interno). Nenhum ficheiro foi deixado. Tente novamente ou comunique o problema.
