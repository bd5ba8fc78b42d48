# O ecrã virado para a pessoa: os seus próximos passos na sua língua, e a leitura em voz alta.
# Escrever de forma simples: frases curtas, palavras comuns.

## Na ficha da pessoa (língua do mediador)
person-view-open = Virar o ecrã para a pessoa
person-view-open-title = Mostrar à pessoa, na sua língua, só o que lhe diz respeito ({ $shortcut })
shortcut-person-view = Ctrl+Shift+P
person-view-needs-pin = Para virar o ecrã para a pessoa, escolha primeiro um código PIN: será pedido para voltar aos seus ecrãs.
person-view-pin-save = Escolher este código e virar o ecrã
person-view-pin-cancel = Cancelar

## O ecrã da pessoa (na sua língua)
person-view-title = Os seus próximos passos
person-view-title-named = { $name }, estes são os seus próximos passos
person-view-next-steps = O que é preciso fazer
person-view-next-steps-none = Nada a fazer por agora.
person-view-written-on = Anotado a { $date }
person-view-procedures = Os seus processos em curso
person-view-procedures-none = Nenhum processo em curso.
person-view-status = Em que ponto está o processo: { $status }
person-view-reference = Número do processo: { $reference }
person-view-deadline = Fazer antes de { $date }
person-view-documents-missing = { $count ->
    [one] Falta um documento:
    [many] Faltam { $count } documentos:
   *[other] Faltam { $count } documentos:
}
person-view-documents-complete = Estão todos os documentos.
person-view-dates = As suas próximas datas
person-view-dates-none = Nenhuma data prevista por agora.
person-view-date-deadline = último dia para «{ $procedure }»
person-view-date-renewal = renovar «{ $procedure }»
person-view-date-declaration = fazer a declaração «{ $procedure }»
person-view-date-call_back = o seu mediador telefona-lhe sobre «{ $procedure }»
person-view-read-aloud = Ouvir
person-view-stop-reading = Parar a leitura
person-view-no-voice = Não há voz em { $language } neste computador

## Devolver o ecrã ao mediador (língua do mediador)
person-view-back = Devolver o ecrã ao mediador
person-view-back-explained = Só para o mediador: o seu código é pedido para voltar.
person-view-back-submit = Voltar aos meus ecrãs
person-view-back-cancel = Cancelar

## Linha de comandos
cli-about-escale-person-view = Mostra o que o ecrã virado para a pessoa lhe mostra, na sua língua: os próximos passos, os processos em curso com os documentos em falta, as próximas datas.
cli-arg-escale-person-view-id = Identificador da pessoa.
cli-arg-escale-person-view-json = Resultado em JSON.

## Erros da leitura em voz alta
error-reading-unavailable = O motor de leitura em voz alta (espeak-ng) não está instalado neste computador.
error-reading-no-voice = Não há voz para esta língua neste computador.
error-reading-failed = A leitura em voz alta não funcionou (não há saída de som?).
