# Os documentos impressos (PDF) que a pessoa leva consigo: resumo do atendimento, seguimento de
# um processo, consentimento sobre os dados. São lidos por pessoas que leem pouco: frases
# curtas, palavras comuns, tratamento formal. Cada documento é impresso em francês e na língua
# da pessoa, lado a lado.
# As palavras do vocabulário (temas, estados, documentos) e o ecrã virado para a pessoa
# (person-view-*) vêm tal como estão dos seus ficheiros.

## Em cada página
documents-page = Página { $page } de { $pages }
documents-for-person = Para: { $name }
# Nome proposto para o ficheiro: nunca o nome da pessoa.
documents-file-summary = resumo-atendimento-{ $date }.pdf
documents-file-procedure = seguimento-processo-{ $date }.pdf
documents-file-consent = consentimento-dados-{ $date }.pdf

## Resumo do atendimento
documents-summary-title = Resumo do seu atendimento
documents-summary-with-mediator = Com { $mediator }, { $structure }
documents-summary-with-structure = Com { $structure }
documents-summary-when-where = No dia { $date } — { $place }
documents-summary-done = O que fizemos
documents-summary-procedure-typed = Processo: { $procedure }
documents-summary-procedure-followed = Processo acompanhado: { $procedure }
documents-summary-workshop = Sessão de grupo: { $title }
documents-column-procedure = Processo
documents-column-status = Em que ponto está
documents-column-reference = Número do processo
documents-column-deadline = Fazer antes de
documents-summary-next-steps = O que é preciso fazer agora
documents-summary-typed-by-mediator = O seu mediador escreveu:
documents-summary-next-steps-none = Nada mais por agora.
documents-summary-bring = Documentos a trazer da próxima vez
documents-summary-bring-hint = Marque o quadrado com uma cruz quando tiver o documento.
documents-summary-bring-none = Não tem de trazer nenhum documento.
documents-summary-next-date = Próximo atendimento
documents-summary-call-back = O seu mediador vai telefonar-lhe no dia { $date }.
documents-summary-no-date = Ainda não há data. Escreva-a aqui:
documents-summary-write-date = Data: ____________    Hora: ________
documents-date-line = { $date }: { $what }
documents-contacts = Contactos úteis
documents-contact-partner = { $name } ({ $kind })
documents-contact-hours = Horário: { $hours }

## Seguimento de um processo
documents-procedure-title = Seguimento do seu processo
documents-procedure-organisation = Organismo: { $organisation }
documents-procedure-since = Desde { $date }
documents-procedure-no-reference = Ainda não há número do processo.
documents-procedure-dates = Datas importantes
documents-procedure-renewal = Renovar antes de { $date }
documents-procedure-declaration = Próxima declaração: no dia { $date }
documents-procedure-call-back = O seu mediador vai telefonar-lhe no dia { $date }.
documents-procedure-no-dates = Nenhuma data importante por agora.
documents-procedure-documents = Os documentos
documents-procedure-documents-count = { $missing ->
    [0] Estão todos os documentos.
    [one] Ainda falta um documento.
    [many] Ainda faltam { $missing } documentos.
   *[other] Ainda faltam { $missing } documentos.
}
documents-procedure-brought = { $document } (entregue no dia { $date })
documents-procedure-no-documents = Nenhum documento pedido.
documents-procedure-history = As etapas
documents-column-date = Data
documents-column-step = Etapa
documents-column-note = Nota
documents-step-reopened = Reaberto: { $status }

## Consentimento sobre os dados pessoais
documents-consent-title = As suas informações e o seu consentimento
documents-consent-intro = { $structure ->
    [none] Damos-lhe apoio nos seus processos.
   *[other] { $structure } dá-lhe apoio nos seus processos.
} Para acompanharmos bem a sua situação, guardamos algumas informações a seu respeito. Ficam no computador do seu mediador, protegidas por uma palavra-passe. Não estão na internet.
documents-consent-what = O que guardamos
documents-consent-what-identity = O seu nome, o seu ano de nascimento, o seu município, o seu telefone, o seu e-mail e as línguas que fala.
documents-consent-what-visits = Os seus atendimentos: a data, o assunto, a duração e o que falta fazer.
documents-consent-what-procedures = Os seus processos: o número do processo, as datas, os documentos entregues ou em falta.
documents-consent-why = Para quê
documents-consent-tick = Marque com uma cruz o que aceita:
documents-consent-statistics = Sem o seu nome, os seus atendimentos são contados nas estatísticas da mediação digital.
documents-consent-how-long = Durante quanto tempo
documents-consent-retention = { $months ->
    [one] Guardamos as suas informações durante { $months } mês depois do seu último atendimento. Depois, apagamos o seu nome e os seus dados de contacto.
    [many] Guardamos as suas informações durante { $months } meses depois do seu último atendimento. Depois, apagamos o seu nome e os seus dados de contacto.
   *[other] Guardamos as suas informações durante { $months } meses depois do seu último atendimento. Depois, apagamos o seu nome e os seus dados de contacto.
}
documents-consent-rights = Os seus direitos
documents-consent-right-access = Pode receber uma cópia de todas as suas informações.
documents-consent-right-correct = Pode pedir que uma informação errada seja corrigida.
documents-consent-right-erase = Pode pedir que as suas informações sejam apagadas.
documents-consent-right-withdraw = Pode retirar o seu consentimento quando quiser. A ajuda que recebe não muda.
documents-consent-how = { $structure ->
    [none] Para isso, fale com o seu mediador.
   *[other] Para isso, fale com o seu mediador ou contacte { $structure }.
}
documents-consent-complaint = Se não concordar com a nossa resposta, pode escrever à CNIL, a autoridade francesa de proteção de dados (www.cnil.fr).
documents-consent-sign = O seu consentimento
documents-consent-sign-text = Li este documento, ou alguém o leu para mim. Aceito o que marquei com uma cruz.
documents-signature-person = Data e assinatura da pessoa
documents-signature-mediator = Data e assinatura do mediador

## Linha de comandos
cli-about-escale-pdf = Imprime um documento para a pessoa, em PDF, em francês e na sua língua. Com --lang, na língua indicada ao lado do francês («fr»: só francês).
cli-about-escale-pdf-summary = Resumo de um atendimento: o que foi feito, os processos em curso, o que é preciso fazer, os documentos a trazer, os contactos.
cli-about-escale-pdf-procedure = Seguimento de um processo: as etapas, os documentos entregues e os que faltam, o número do processo, as datas.
cli-about-escale-pdf-consent = Consentimento sobre os dados: o que o Escale guarda, para quê, durante quanto tempo, os direitos da pessoa, um espaço para assinar.
cli-arg-escale-pdf-summary-id = Identificador do acompanhamento.
cli-arg-escale-pdf-procedure-id = Identificador do processo.
cli-arg-escale-pdf-consent-id = Identificador da pessoa.
cli-arg-escale-pdf-summary-out = Ficheiro PDF a escrever (substituído se existir).
cli-arg-escale-pdf-procedure-out = Ficheiro PDF a escrever (substituído se existir).
cli-arg-escale-pdf-consent-out = Ficheiro PDF a escrever (substituído se existir).
cli-pdf-written = { $pages ->
    [one] Documento guardado: { $path } ({ $pages } página).
    [many] Documento guardado: { $path } ({ $pages } páginas).
   *[other] Documento guardado: { $path } ({ $pages } páginas).
}
