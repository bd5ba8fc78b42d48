# Settings: Escale's languages and how far each translation has been checked.

languages-title = Línguas
languages-help = O Escale fala estas línguas. Um rascunho de tradução ainda não foi lido por um falante nativo: peça que o revejam antes de o mostrar a muitas pessoas.
languages-column-language = Língua
languages-column-messages = Textos traduzidos
languages-column-review = Revisão
languages-messages = { $translated } de { $total }
languages-right-to-left = Escreve-se da direita para a esquerda
languages-review-reference = Língua de referência
languages-review-drafted = Rascunho de { $date }, ainda não revisto
languages-review-drafted-undated = Rascunho, ainda não revisto
languages-review-reviewed = Revisto em { $date } por { $reviewer }
