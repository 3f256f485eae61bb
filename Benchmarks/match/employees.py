#!/usr/bin/env python3
"""Labelled employee-roster benchmark: people at ~105 employers in one metro region, grouped in households.

    employees.py [--records 10000] [--seed 11] [--out employees.csv] [--truth employees.truth.csv]
                 [--label FILE-NAME-IN-TRUTH] [--meta employees.meta.csv]

Written independently of synthetic.py (neither it nor the engine's sources were read while writing this), so
that its biases are not the engine's. Python 3 standard library only; one random.Random(seed) drives
everything and nothing iterates over a set or a hash-ordered structure, so a seed gives byte-identical files.

Design (it mirrors an external set of ~9,900 employee records at ~105 employers with ~3,900 households):

* Region: Northeast Ohio (Cleveland / Akron / Canton and suburbs) — 216, 440, 330 and 234 area codes, real
  city/zip pairs, city spellings as people type them ("Cleveland Hts", "N. Olmsted").
* Employers: 105 hand-written, fictional but real-looking (manufacturers, hospitals and care homes, logistics,
  a community college, a county workforce board, schools, trades, a credit union, staffing agencies, retail).
  Each has a size class, a domain, a work-email pattern (first.last@, flast@, firstl@, first_last@, lastf@…),
  a main phone line, 1–4 site addresses, and a house style: how it writes its own name (one dominant variant
  out of "Acme Tool & Die, Inc." / "Acme Tool and Die" / "ACME TOOL & DIE" / its acronym / hand-written
  aliases), whether its staff rows carry home or site addresses, desk extensions on the main line or direct
  dials sharing the main line's prefix.
* Names: ~230 given names per sex and ~420 surnames with approximate US shares (Smith ≈0.8%, Johnson, Williams,
  Garcia…), regionally tilted (more Polish, Slovak, Hungarian, Italian and Irish names, fewer Hispanic ones),
  plus a Zipf-weighted tail of ~10k generated real-looking surnames (Ash+worth, Kowal+czyk, Mc+Kenna,
  Bar+elli…) carrying about half the population. Given names depend on the surname's origin (a Garcia is more
  often Jose or Maria) and on generation (parents born 1958–80, adult children 1995–2006). Namesakes (two
  people with the same full name) arise from these frequencies alone, at realistic rates.
* Households (~0.39 per record): singles, couples, parents with adult children, three generations. Members
  share the home street, city and zip, usually a surname (some spouses keep theirs, some hyphenate, a few
  children carry the other parent's), often a home landline, sometimes a family email. Children and siblings
  get different given names, except fathers and sons named alike (Jr./Sr./II, typed in the last-name cell as
  "Okafor Jr.", "Okafor, Sr.", "OKAFOR JR" — or left off). Some members work at the same employer.
* Persons appear 1–4 times (58 / 25 / 11 / 6 %). A person with several rows either stays at one employer (rows
  from different lists) or has two: a job change (new work email, desk phone and title) or a second job.
  Personal cells and emails are the person's own and can recur across jobs; a few married women appear under
  a maiden name on some rows; a few movers carry an old home address on some rows.
* Row noise: nicknames (Bob/Robert, Liz/Elizabeth, Bill/William, Peggy/Margaret…), typos (transposed,
  dropped, doubled, neighbouring-key letters), case (ALL CAPS, lower), accents typed or not (José/Jose),
  middle initials in the first-name cell, missing fields, work / personal / family emails, phones in mixed
  formats ("(216) 555-0142 x231", "216.555.0142", "+1 216 555 0142"), street abbreviations and units,
  zip+4, "OH"/"Ohio".

Output: a UTF-8 CSV with the header First Name,Last Name,Email,Phone,Organization,Job Title,Street,City,State,
Zip in shuffled order, and a truth CSV file,record,truth (record = 1-based data-row number; truth = person
id). Every row has at least three filled cells and never the header's text, so data-row numbers are the
record numbers convene gives. --meta writes each row's person, household, role and noise flags, for error
analysis only (never for scoring).
"""
import argparse
import csv
import os
import sys
import time
import unicodedata
from random import Random

HEADER = ["First Name", "Last Name", "Email", "Phone", "Organization", "Job Title", "Street", "City", "State", "Zip"]

# ---------------------------------------------------------------------------------------------------- names
# Given names: name, share per mille among adults of that sex (approximate), era (o = mostly born before 1975,
# y = mostly after 1990, blank = both).
MALE = """Michael 38,James 28,John 28,Robert 27,David 28,William 19,Richard 14,Joseph 16,Thomas 14,Christopher 24,
Charles 8,Daniel 18,Matthew 16 ,Anthony 11,Mark 12 o,Donald 5 o,Steven 11,Paul 8,Andrew 9,Joshua 12 y,Kenneth 6 o,
Kevin 10,Brian 10,George 4,Timothy 7,Ronald 5 o,Edward 6,Jason 13,Jeffrey 8,Ryan 8 y,Jacob 6 y,Gary 5 o,
Nicholas 7 y,Eric 8,Jonathan 6,Stephen 5,Larry 3 o,Justin 7 y,Scott 7,Brandon 7 y,Benjamin 5,Samuel 4,Gregory 5,
Alexander 4 y,Frank 3 o,Patrick 5,Raymond 3 o,Jack 2,Dennis 3 o,Jerry 2 o,Tyler 5 y,Aaron 4,Jose 8,Adam 5,
Nathan 4 y,Henry 2,Douglas 3 o,Zachary 4 y,Peter 3,Kyle 5 y,Walter 1.5 o,Ethan 2 y,Jeremy 4,Harold 1 o,
Keith 3 o,Christian 3 y,Roger 1.5 o,Noah 1.5 y,Gerald 1.5 o,Carl 2 o,Terry 2 o,Sean 4,Austin 3 y,Arthur 1 o,
Lawrence 1.5 o,Jesse 2,Dylan 3 y,Bryan 2,Joe 1.5,Jordan 3 y,Billy 1.5,Bruce 1.5 o,Albert 1 o,Willie 1.5 o,
Gabriel 2 y,Logan 1.5 y,Alan 2,Juan 4,Wayne 1.5 o,Roy 1 o,Ralph 0.8 o,Randy 2 o,Eugene 0.8 o,Vincent 1.5,
Russell 1.5,Elijah 1 y,Louis 1,Bobby 1,Philip 1.5,Johnny 1,Travis 2,Derek 2,Marcus 2,Shawn 2,Luis 3,Carlos 3,
Antonio 2,Jorge 1.5,Miguel 2,Darnell 0.8,DeShawn 0.6 y,Tyrone 0.8,Andre 1,Terrence 0.8,Cedric 0.6,Malik 0.6 y,
Curtis 1.2,Todd 1.5 o,Chad 1.5,Craig 1.5 o,Troy 1,Corey 2,Stanley 0.6 o,Leonard 0.6 o,Francis 0.6 o,Martin 1.2,
Ricardo 1,Francisco 1.5,Alejandro 1,Manuel 1.2,Javier 1,Rafael 0.8,Hector 0.6,Pedro 0.6,Jesus 0.8,Fernando 0.8,
Roberto 0.8,Eduardo 0.7,Sergio 0.6,Wei 0.4,Minh 0.3,Jun 0.2,Raj 0.3,Sanjay 0.3,Amit 0.3,Vikram 0.2,Hung 0.2,
Ahmed 0.4,Mohammed 0.5,Omar 0.4,Ali 0.3,Ivan 0.3,Dmitri 0.15,Tomasz 0.15,Stefan 0.3,Emeka 0.1,Tunde 0.1,
Kwame 0.15,Chukwuemeka 0.08,Oluwaseun 0.08,Duc 0.15,Sung-min 0.1,Jae 0.15,Arjun 0.2 y,Rahul 0.2,Deepak 0.15,
Mason 1.2 y,Caleb 1.2 y,Hunter 1 y,Connor 1 y,Cody 1.5 y,Trevor 1 y,Garrett 0.8 y,Spencer 0.8 y,Devin 1 y,
Jared 1.2,Shane 1.2,Dustin 1.5,Brett 1,Derrick 1,Lance 0.6,Mitchell 1,Nathaniel 1,Dominic 0.8 y,Isaiah 0.8 y,
Xavier 0.6 y,Jalen 0.4 y,Trent 0.5,Wesley 0.8,Clayton 0.5,Grant 0.6,Allen 0.8,Glenn 0.8 o,Dale 0.8 o,
Dean 0.6,Leroy 0.4 o,Clarence 0.4 o,Earl 0.5 o,Howard 0.5 o,Lee 0.5,Ray 0.5 o,Rodney 1 o,Marvin 0.6 o,
Calvin 0.6,Alvin 0.4 o,Barry 0.6 o,Bernard 0.4 o,Dwayne 0.6,Frederick 0.5,Gordon 0.3 o,Herbert 0.3 o,
Jerome 0.6,Lonnie 0.3 o,Milton 0.2 o,Norman 0.3 o,Orlando 0.4,Reginald 0.6,Ronnie 0.5,Sidney 0.2 o,
Theodore 0.4,Vernon 0.3 o,Warren 0.4,Casimir 0.05 o,Zbigniew 0.05 o,Laszlo 0.05 o,Giovanni 0.15,Salvatore 0.15 o"""

FEMALE = """Mary 18 o,Jennifer 26,Patricia 11 o,Linda 11 o,Elizabeth 15,Barbara 6 o,Susan 11 o,Jessica 21 y,
Sarah 17,Karen 11 o,Lisa 15,Nancy 6 o,Betty 1.5 o,Sandra 7 o,Margaret 6 o,Ashley 15 y,Kimberly 13,Emily 9 y,
Donna 6 o,Michelle 14,Carol 5 o,Amanda 14 y,Melissa 13,Deborah 8 o,Stephanie 11,Dorothy 1 o,Rebecca 8,
Sharon 6 o,Laura 8,Cynthia 6 o,Amy 10,Kathleen 5 o,Angela 9,Shirley 1.5 o,Brenda 5 o,Emma 2 y,Anna 3,
Pamela 5 o,Nicole 9,Samantha 6 y,Katherine 5,Christine 6,Debra 5 o,Rachel 6,Carolyn 3 o,Janet 4 o,Maria 9,
Catherine 4,Heather 9,Diane 4 o,Olivia 1.5 y,Julie 6,Joyce 2 o,Victoria 3,Ruth 1.5 o,Virginia 1.5 o,Lauren 5 y,
Kelly 6,Christina 6,Joan 2 o,Evelyn 0.8,Judith 2 o,Andrea 5,Hannah 3 y,Megan 6 y,Cheryl 4 o,Jacqueline 3,
Martha 1.5 o,Madison 1.5 y,Teresa 4,Gloria 1.5 o,Sara 3,Janice 2.5 o,Ann 2 o,Kathryn 2.5,Abigail 1.5 y,
Sophia 1 y,Frances 1 o,Jean 1.5 o,Alice 1,Judy 1.5 o,Isabella 0.8 y,Julia 2,Grace 1,Amber 4 y,Denise 4 o,
Danielle 5,Marilyn 1 o,Beverly 1.5 o,Charlotte 0.8,Natalie 2.5 y,Theresa 3 o,Diana 2,Brittany 5 y,Doris 0.5 o,
Kayla 3 y,Alexis 2 y,Lori 3 o,Tiffany 4,Tammy 3 o,Crystal 3,Erin 3,Tracy 3 o,Dawn 2.5 o,Wendy 2.5 o,Rosa 1.5,
Ana 2,Guadalupe 1.2,Carmen 1.5,Yolanda 1 o,Veronica 2,Claudia 1.2,Alejandra 1,Gabriela 1.2,Leticia 0.8,
Margarita 0.6 o,Sofia 0.6 y,Elena 0.8,Lucia 0.5,Adriana 0.8,Daniela 0.6 y,Marisol 0.5,Maribel 0.5,Latoya 1.2,
Tamika 0.8,Keisha 0.8,Ebony 0.8,Shanice 0.4 y,Aaliyah 0.3 y,Monique 1,Jasmine 2 y,Destiny 0.8 y,Peggy 0.6 o,
Mei 0.3,Lin 0.2,Priya 0.4,Anjali 0.2,Deepa 0.2,Thuy 0.2,Linh 0.3,Fatima 0.4,Aisha 0.4,Olga 0.2 o,
Agnieszka 0.1,Ngozi 0.1,Chioma 0.1,Adaeze 0.08,Yuki 0.1,Ji-yeon 0.1,Soo-jin 0.1,Huong 0.15,Neha 0.2 y,
Kavita 0.15,Mariam 0.2,Svetlana 0.1 o,Tatiana 0.2,Taylor 2 y,Morgan 1.5 y,Chelsea 2 y,Courtney 2.5 y,
Kristen 3,Allison 2.5,Erica 2.5,Holly 2,Kristin 2,Vanessa 2,Alicia 2,Katie 2 y,Caitlin 1.5 y,Brianna 1.2 y,
Haley 1.2 y,Jenna 1.2 y,Kaitlyn 1 y,Mackenzie 0.8 y,Sierra 0.6 y,Shelby 0.8 y,Lindsey 1.5,Kristina 1.2,
April 2,Leslie 1.5,Melanie 1.5,Monica 2,Robin 1.5 o,Renee 1.5,Sheila 1.2 o,Tina 2 o,Connie 1 o,Gail 0.8 o,
Rhonda 1.2 o,Sherry 1.2 o,Valerie 1.5,Bonnie 1 o,Kathy 1.5 o,Paula 1.5 o,Regina 1,Jill 1.5,Jodi 0.8 o,
Colleen 1,Bridget 0.8,Maureen 0.8 o,Eileen 0.6 o,Noreen 0.3 o,Darlene 0.8 o,Rita 0.6 o,Irene 0.5 o,
Loretta 0.5 o,Lorraine 0.6 o,Marcia 0.6 o,Bernadette 0.4 o,Dolores 0.4 o,Stella 0.3,Vivian 0.5,Wanda 0.8 o,
Yvonne 0.8 o,Jocelyn 0.4,Naomi 0.5,Miriam 0.4,Ruby 0.4,Hope 0.4,Iris 0.3,Elaine 0.8 o,Roxanne 0.3 o,
Francesca 0.2,Giulia 0.05,Halina 0.05 o,Ilona 0.05 o,Zsuzsanna 0.03 o"""

ORIGIN_GIVEN = {   # given names that go with an origin's surnames (drawn from with the origin's preference)
    "hisp": "Jose Juan Luis Carlos Jorge Miguel Francisco Antonio Manuel Javier Ricardo Alejandro Rafael Hector "
            "Pedro Jesus Fernando Roberto Eduardo Sergio Maria Ana Rosa Guadalupe Carmen Yolanda Veronica Claudia "
            "Alejandra Gabriela Leticia Margarita Sofia Elena Lucia Adriana Daniela Marisol Maribel Patricia",
    "easia": "Wei Minh Jun Hung Duc Sung-min Jae Mei Lin Thuy Linh Yuki Ji-yeon Soo-jin Huong Michael David "
             "Kevin Jennifer Michelle Amy Tina Daniel",
    "sasia": "Raj Sanjay Amit Vikram Arjun Rahul Deepak Priya Anjali Deepa Neha Kavita",
    "wafr": "Emeka Tunde Kwame Chukwuemeka Oluwaseun Ngozi Chioma Adaeze Aisha Grace Joseph Samuel Daniel",
    "mena": "Ahmed Mohammed Omar Ali Fatima Aisha Mariam",
    "eeur": "Tomasz Stefan Ivan Dmitri Casimir Zbigniew Laszlo Agnieszka Olga Svetlana Tatiana Halina Ilona "
            "Zsuzsanna Joseph John Mary Theresa Frank Stanley Helen Anna",
    "ital": "Giovanni Salvatore Anthony Vincent Joseph Dominic Francesca Giulia Maria Theresa Angela Gina",
}
ORIGIN_PREF = {"hisp": 0.6, "easia": 0.5, "sasia": 0.8, "wafr": 0.55, "mena": 0.75, "eeur": 0.12, "ital": 0.15}

# Surnames: name, share per 100k (US census 2010 approximations, regionally tilted), origin.
SURNAMES = """Smith 828,Johnson 655,Williams 550,Brown 487,Jones 483,Garcia 210 hisp,Miller 420,Davis 384,
Rodriguez 190 hisp,Martinez 185 hisp,Hernandez 180 hisp,Lopez 145 hisp,Gonzalez 140 hisp,Wilson 278,
Anderson 278,Thomas 264,Taylor 261,Moore 245,Jackson 240,Martin 238,Lee 236,Perez 115 hisp,Thompson 226,
White 225,Harris 211,Sanchez 105 hisp,Clark 187,Ramirez 90 hisp,Lewis 179,Robinson 177,Walker 175,Young 165,
Allen 164,King 164,Wright 163,Scott 152,Torres 75 hisp,Nguyen 70 easia,Hill 147,Flores 70 hisp,Green 144,
Adams 142,Nelson 140,Baker 139,Hall 138,Rivera 90 hisp,Campbell 131,Mitchell 130,Carter 129,Roberts 127,
Gomez 60 hisp,Phillips 117,Evans 116,Turner 113,Diaz 55 hisp,Parker 111,Cruz 55 hisp,Edwards 109,Collins 107,
Reyes 50 hisp,Stewart 106,Morris 104,Morales 50 hisp,Murphy 110,Cook 100,Rogers 99,Gutierrez 45 hisp,
Ortiz 45 hisp,Morgan 95,Cooper 94,Peterson 94,Bailey 93,Reed 92,Kelly 100,Howard 88,Ramos 44 hisp,Kim 60 easia,
Cox 86,Ward 86,Richardson 85,Watson 84,Brooks 84,Chavez 40 hisp,Wood 83,James 83,Bennett 82,Gray 81,
Mendoza 38 hisp,Ruiz 38 hisp,Hughes 79,Price 78,Alvarez 38 hisp,Castillo 36 hisp,Sanders 76,Patel 60 sasia,
Myers 75,Long 75,Ross 74,Foster 74,Jimenez 35 hisp,Powell 73,Jenkins 73,Perry 72,Russell 72,Sullivan 75,
Bell 71,Coleman 71,Butler 70,Henderson 70,Barnes 69,Gonzales 34 hisp,Fisher 68,Vasquez 33 hisp,Simmons 67,
Romero 33 hisp,Jordan 66,Patterson 66,Alexander 65,Hamilton 65,Graham 64,Reynolds 64,Griffin 63,Wallace 63,
Moreno 31 hisp,West 62,Cole 62,Hayes 62,Bryant 61,Herrera 30 hisp,Gibson 60,Ellis 60,Tran 40 easia,Medina 29 hisp,
Aguilar 29 hisp,Stevens 58,Murray 58,Ford 57,Castro 28 hisp,Marshall 57,Owens 57,Harrison 56,Fernandez 28 hisp,
McDonald 56,Woods 55,Washington 55,Kennedy 55,Wells 54,Vargas 27 hisp,Henry 54,Chen 35 easia,Freeman 53,
Webb 53,Tucker 53,Guzman 26 hisp,Burns 53,Crawford 52,Olson 52,Simpson 52,Porter 52,Hunter 52,Gordon 51,
Mendez 25 hisp,Silva 25 hisp,Shaw 51,Snyder 60,Mason 50,Dixon 50,Munoz 25 hisp,Hunt 50,Hicks 50,Holmes 50,
Palmer 49,Wagner 62,Black 49,Robertson 49,Boyd 49,Rose 48,Stone 48,Salazar 24 hisp,Fox 48,Warren 48,Mills 48,
Meyer 55,Rice 47,Schmidt 58,Garza 20 hisp,Daniels 47,Ferguson 47,Nichols 47,Stephens 46,Soto 23 hisp,Weaver 46,
Ryan 50,Gardner 45,Payne 45,Grant 45,Dunn 45,Kelley 45,Spencer 45,Hawkins 44,Arnold 44,Pierce 44,
Vazquez 22 hisp,Hansen 44,Peters 44,Santos 22 hisp,Hart 44,Bradley 43,Knight 43,Elliott 43,Cunningham 43,
Duncan 43,Armstrong 43,Hudson 42,Carroll 42,Lane 42,Riley 42,Andrews 42,Alvarado 21 hisp,Ray 42,Delgado 21 hisp,
Berry 41,Perkins 41,Hoffman 50,Johnston 41,Matthews 41,Pena 20 hisp,Richards 41,Contreras 20 hisp,Willis 40,
Carpenter 40,Lawrence 40,Sandoval 20 hisp,Guerrero 20 hisp,George 40,Chapman 40,Rios 20 hisp,Estrada 19 hisp,
Ortega 19 hisp,Watkins 39,Greene 39,Nunez 19 hisp,Wheeler 39,Valdez 19 hisp,Harper 39,Burke 42,Larson 38,
Santiago 19 hisp,Maldonado 19 hisp,Morrison 38,Franklin 38,Carlson 38,Austin 37,Dominguez 18 hisp,Carr 37,
Lawson 37,Jacobs 37,Obrien 40,Lynch 40,Singh 30 sasia,Vega 18 hisp,Bishop 37,Montgomery 36,Oliver 36,Jensen 36,
Harvey 36,Williamson 36,Gilbert 36,Dean 36,Sims 36,Espinoza 18 hisp,Howell 35,Li 28 easia,Wong 28 easia,
Reid 35,Hanson 35,Le 26 easia,McCoy 35,Garrett 35,Burton 35,Fuller 35,Wang 28 easia,Weber 40,Welch 35,
Rojas 17 hisp,Lucas 35,Marquez 17 hisp,Fields 34,Park 25 easia,Yang 25 easia,Little 34,Banks 34,Padilla 17 hisp,
Day 34,Walsh 38,Bowman 34,Schultz 40,Luna 17 hisp,Fowler 34,Mejia 17 hisp,Davidson 33,Acosta 17 hisp,
Brewer 33,May 33,Holland 33,Juarez 16 hisp,Newman 33,Pearson 33,Curtis 33,Cortez 16 hisp,Douglas 33,
Schwartz 36,Joseph 33,Warner 32,Kowalski 60 eeur,Novak 55 eeur,Kovach 40 eeur,Nowak 35 eeur,Wojcik 30 eeur,
Lewandowski 28 eeur,Kaminski 28 eeur,Zielinski 25 eeur,Szabo 22 eeur,Horvath 30 eeur,Nagy 22 eeur,
Kovacs 18 eeur,Toth 16 eeur,Hrabak 8 eeur,Sobczak 10 eeur,Jankowski 22 eeur,Wisniewski 22 eeur,
Kozlowski 20 eeur,Mazur 18 eeur,Krawczyk 14 eeur,Petrovic 10 eeur,Jovanovic 8 eeur,Kuznetsov 6 eeur,
Russo 40 ital,Romano 28 ital,Esposito 22 ital,Rossi 20 ital,Ricci 16 ital,Marino 22 ital,Bruno 20 ital,
DiFranco 10 ital,DeLuca 16 ital,Costa 14 ital,Gallo 14 ital,Ferraro 12 ital,Caruso 14 ital,Santoro 12 ital,
Lombardi 12 ital,Moretti 10 ital,Colombo 9 ital,Vitale 10 ital,Giordano 14 ital,Mancini 12 ital,
Murphy 40,OConnor 28,ONeill 22,Gallagher 26,McCarthy 26,Brennan 24,Flanagan 16,Doyle 24,Byrne 16,Quinn 24,
Walsh 20,Kavanagh 10,Donovan 20,Keane 10,Reilly 22,Fitzgerald 24,Dougherty 16,Shea 14,Kearney 10,Hennessy 8,
Okafor 6 wafr,Adeyemi 5 wafr,Nwosu 4 wafr,Mensah 5 wafr,Boateng 4 wafr,Okonkwo 4 wafr,Eze 4 wafr,
Oyelaran 2 wafr,Obi 4 wafr,Asante 3 wafr,Pham 18 easia,Huynh 12 easia,Vo 10 easia,Liu 16 easia,Zhang 16 easia,
Huang 14 easia,Wu 14 easia,Lin 14 easia,Choi 10 easia,Kang 9 easia,Shah 14 sasia,Kumar 14 sasia,Gupta 12 sasia,
Reddy 10 sasia,Iyer 5 sasia,Desai 8 sasia,Mehta 9 sasia,Khan 16 mena,Hassan 9 mena,Haddad 7 mena,Saleh 6 mena,
Abdullah 6 mena,Ibrahim 7 mena,Jackson-Lee 1,Van Dyke 8,Van Buren 4,De La Cruz 10 hisp,Del Rio 5 hisp,
St. John 6,McIntyre 14,McKenna 12,MacDonald 14,McGuire 18,McLaughlin 16,McNamara 12,Schneider 40,Fischer 30,
Becker 30,Mueller 26,Zimmerman 32,Koch 22,Bauer 22,Richter 12,Klein 28,Wolf 26,Schroeder 24,Neumann 12,
Schwab 10,Hartman 22,Kaiser 14,Lang 18,Stahl 10,Brandt 16,Vogel 10,Krause 16,Dietrich 10,Engel 10,
Yoder 20,Miller 30,Stoltzfus 4,Hostetler 6,Troyer 10,Byler 4,Kauffman 10,Schrock 6,Weaver 12,Mast 6"""

TAIL_PARTS = {   # generated tail: prefix parts × suffix parts per origin (origin, share of the tail)
    "anglo": (0.46, "Ash Black Brad Brook Cald Cart Chad Dal Dun Elling Fair Farn Gold Hal Hart Hather Hol Kings "
                    "Lang Mar Mid Mor Nor Pem Rad Red Rock Rush Shel Stan Stock Thorn Wal Wes Whit Wil Win Wood Ald "
                    "Bart Bent Brock Bur Chat Crom Dar Ever Ford Gar Grims Had Har Hol Hunt Kel Kim Lind Mans Mel "
                    "Mil Nash Old Pen Rams Rowl Sand Sher Shir Sut Tat Thur Wake Went Whit Ayl Brat Hawk",
              "ley ton field ford worth wood by well more ham stead wick brook bury combe dale ridge man er son "
              "ington ell ing ett ock"),
    "germ": (0.12, "Acker Baum Berg Brand Eich Feld Gross Hoff Kauf Klein Kren Linden Lieb Rosen Schwarz Stein Weiss "
                   "Wolf Zimmer Adel Alt Bach Dorn Eisen Frei Grun Hein Holz Kessel Kirch Kohl Kuhn Lehn Mohr Pfeif "
                   "Reich Roth Sauer Schaf Schil Sieg Spier Stoll Streb Vetter Wend Wink",
             "mann man berg er feld stein hoff haus baum ner ler inger hardt bach"),
    "pol": (0.12, "Kowal Wisn Lewand Zielin Szyman Kamin Dabrow Jankow Mazur Krawcz Piotrow Grabow Pawlow Michal "
                  "Krol Wieczor Jablon Majew Olszew Staniszew Malin Sobcz Bak Chmiel Dudz Gorski Kubi Kwiat Lis "
                  "Marczew Nowicz Pietrz Rutkow Sadow Tomasz Wal Wrob Zajac Bor Cies Fil Glow Jur Kacz",
            "ski wski wicz czyk ak ek iak ko"),
    "ital": (0.08, "Bar Bell Cap Car Cas Fer Gal Gen Lom Mar Mon Pal Ric Ros San Ser Vit Zan Ang Bon Col Fal Gra "
                   "Iac Luc Mag Nap Orl Pas Sal Tor Ven",
             "elli ini etti one ucci ano ino ardi aro ella iero otti"),
    "irish": (0.07, "Brien Connor Donnell Hara Malley Neill Sullivan Keefe Rourke Dowd Carthy Cormick Donald Guire "
                    "Intyre Kenna Laughlin Namara Bride Cabe Grath Manus Gowan Kee Kinney Mahon Nally Caffrey "
                    "Garrity Hale Loughlin",
              "O' Mc Mac"),
    "hung": (0.04, "Kov Horv Nag Szab Tot Var Bal Mol Fark Hal Juh Lak Mesz Pap Sim Tak",
             "ach ath y o ics ar os ai"),
    "hisp": (0.06, "Acev Alarc Becerr Cabr Camach Carden Cervant Cisner Corral Duart Escob Fuent Galleg Garz "
                   "Ibarr Lozan Mejí Miran Montoy Navarr Ochoa Orozc Pach Quint Rangel Salin Serran Tapi Trevi Valenc "
                   "Villarr Zamor",
             "o a es ez edo ero illa"),
    "wafr": (0.02, "Ade Olu Chi Nwa Oko Ogun Ama Kwa Ibe Onye Uche Ade Baba Efe",
             "yemi wale nkwo chukwu afor ola lade kola nna bode"),
    "easia": (0.03, "Ngo Dang Bui Do Truong Ly Ha Luong Zhou Xu Sun Ma Zhu Hu Guo He Gao Luo Song Tang Cho Yoon "
                    "Jang Lim Han Seo Shin Kwon Hwang Ahn Yamamoto Tanaka Sato Suzuki Ito Watanabe",
              ""),
}

NICKNAMES = """Robert:Bob,Rob,Bobby|William:Bill,Will,Billy|Elizabeth:Liz,Beth,Betsy,Lizzie|Margaret:Peggy,Maggie,Meg|
Richard:Rick,Dick,Rich|James:Jim,Jimmy,Jamie|Michael:Mike,Mikey|Christopher:Chris|Joseph:Joe,Joey|Thomas:Tom,Tommy|
Daniel:Dan,Danny|Matthew:Matt|Anthony:Tony|Steven:Steve|Stephen:Steve|Kenneth:Ken,Kenny|Edward:Ed,Eddie,Ted|
Katherine:Kate,Katie,Kathy|Catherine:Cathy,Kate|Kathleen:Kathy,Kathi|Jennifer:Jen,Jenny|Patricia:Pat,Patty,Trish|
Susan:Sue,Susie|Deborah:Deb,Debbie|Debra:Deb,Debbie|Rebecca:Becky,Becca|Alexander:Alex|Nicholas:Nick|
Jonathan:Jon|Benjamin:Ben|Samuel:Sam|Timothy:Tim|Gregory:Greg|Jeffrey:Jeff|Andrew:Andy,Drew|Charles:Charlie,Chuck|
Douglas:Doug|Lawrence:Larry|Gerald:Jerry|Raymond:Ray|Ronald:Ron,Ronnie|Donald:Don,Donnie|Kimberly:Kim|
Victoria:Vicky,Tori|Christine:Chris,Chrissy|Christina:Tina,Chris|Cynthia:Cindy|Jacqueline:Jackie|Pamela:Pam|
Barbara:Barb|Dorothy:Dot,Dottie|Frances:Fran|Theresa:Terri,Tess|Teresa:Terri|Samantha:Sam|Abigail:Abby|
Alexandra:Alex|Francisco:Frank,Paco|Jose:Pepe|Roberto:Beto|Alejandro:Alex|Jesus:Chuy|Frederick:Fred|
Patrick:Pat|Zachary:Zach|Joshua:Josh|Jacob:Jake|Nathaniel:Nate|Nathan:Nate|Peter:Pete|Gabriel:Gabe|
Vincent:Vince|Leonard:Len,Lenny|Phillip:Phil|Philip:Phil|Russell:Russ|Theodore:Ted,Teddy|Stanley:Stan|
Walter:Walt|Eugene:Gene|Albert:Al|Alan:Al|Allison:Ally|Amanda:Mandy|Melissa:Missy|Stephanie:Steph|
Jessica:Jess|Cheryl:Sherry|Judith:Judy|Sandra:Sandy|Valerie:Val|Angela:Angie|Nicole:Nikki|Danielle:Dani|
Kristen:Kris|Virginia:Ginny|Mary:Molly|Sarah:Sally|Dominic:Dom|Salvatore:Sal|Giovanni:John|Tomasz:Tom|
Stefan:Steve|Dmitri:Dima|Oluwaseun:Seun|Chukwuemeka:Emeka|Zsuzsanna:Susan|Bernadette:Bernie|Loretta:Lori|
Maureen:Mo|Deepak:Dee|Mohammed:Mo|Vikram:Vik|Arthur:Art|Harold:Hal|Herbert:Herb|Gordon:Gordy|Sidney:Sid|
Clayton:Clay|Mitchell:Mitch|Cameron:Cam|Jerome:Jerry|Terrence:Terry|Reginald:Reggie|Calvin:Cal|Dwayne:Dee"""

ACCENTS = {"Jose": "José", "Maria": "María", "Jesus": "Jesús", "Hector": "Héctor", "Ramon": "Ramón",
           "Lucia": "Lucía", "Sofia": "Sofía", "Ruben": "Rubén", "Martinez": "Martínez", "Hernandez": "Hernández",
           "Lopez": "López", "Gonzalez": "González", "Perez": "Pérez", "Sanchez": "Sánchez", "Ramirez": "Ramírez",
           "Rodriguez": "Rodríguez", "Gomez": "Gómez", "Diaz": "Díaz", "Gutierrez": "Gutiérrez",
           "Alvarez": "Álvarez", "Jimenez": "Jiménez", "Fernandez": "Fernández", "Munoz": "Muñoz",
           "Nunez": "Núñez", "Pena": "Peña", "Vazquez": "Vázquez", "Dominguez": "Domínguez", "Marquez": "Márquez",
           "Juarez": "Juárez", "Mejia": "Mejía", "Laszlo": "László", "Zoe": "Zoë", "Renee": "Renée"}

APOSTROPHE = {"Obrien": "O'Brien", "OConnor": "O'Connor", "ONeill": "O'Neill"}

# --------------------------------------------------------------------------------------------------- region
# city, zip codes, area code, typed variants
CITIES = """Cleveland|44102 44103 44104 44105 44106 44108 44109 44111 44113 44119 44120 44127 44135|216|CLEVELAND,Cleve.,Cleveland OH
Lakewood|44107|216|
Parma|44129 44134|440|
Parma Heights|44130|440|Parma Hts
Euclid|44117 44123 44132|216|
Cleveland Heights|44106 44112 44118 44121|216|Cleveland Hts,Cleve Hts,Cleveland Hgts
Shaker Heights|44120 44122|216|Shaker Hts
Garfield Heights|44125|216|Garfield Hts
Maple Heights|44137|216|Maple Hts
South Euclid|44121|216|S. Euclid,So Euclid
Mayfield Heights|44124|440|Mayfield Hts
Solon|44139|440|
Strongsville|44136 44149|440|
North Olmsted|44070|440|N. Olmsted,N Olmsted,No. Olmsted
North Royalton|44133|440|N. Royalton
Westlake|44145|440|
Berea|44017|440|
Brook Park|44142|216|Brookpark
Middleburg Heights|44130|440|Middleburg Hts
Bedford|44146|440|
Twinsburg|44087|330|
Mentor|44060|440|
Willoughby|44094|440|
Eastlake|44095|440|
Painesville|44077|440|
Elyria|44035 44039|440|
Lorain|44052 44053 44055|440|
Avon Lake|44012|440|
Avon|44011|440|
North Ridgeville|44039|440|N. Ridgeville
Medina|44256|330|
Brunswick|44212|330|
Wadsworth|44281|330|
Akron|44301 44302 44303 44305 44306 44310 44312 44313 44314 44319 44320|330|AKRON,Akorn
Cuyahoga Falls|44221 44223|330|Cuyahoga Fls,Cuy. Falls
Stow|44224|330|
Hudson|44236|330|
Kent|44240|330|
Barberton|44203|330|
Green|44232 44685|330|Uniontown
Tallmadge|44278|330|
Canton|44702 44703 44704 44705 44706 44708 44709 44714 44718|330|CANTON
North Canton|44720|330|N. Canton,N Canton
Massillon|44646 44647|330|
Alliance|44601|330|
Ravenna|44266|330|
Streetsboro|44241|330|
Chardon|44024|440|"""

RES_STREETS = """Maple,Oak,Elm,Cedar,Pine,Walnut,Chestnut,Birch,Hickory,Sycamore,Willow,Poplar,Ash,Linden,Spruce,
Cherry,Laurel,Magnolia,Dogwood,Juniper,Lakeview,Hillcrest,Ridgewood,Fairview,Parkview,Sunset,Meadowbrook,
Brookside,Glenwood,Woodland,Forest,Highland,Lakeshore,Riverside,Orchard,Garden,Church,Mill,Spring,Center,
Washington,Lincoln,Jefferson,Madison,Monroe,Jackson,Franklin,Grant,Harding,Garfield,Wilson,Cleveland,Warren,
Kenilworth,Belvoir,Lee,Taylor,Mayfield,Cedarwood,Fairmount,Shaker,Coventry,Edgewater,Clifton,Detroit,Madison,
Bunts,Warren,Hilliard,Wooster,Center Ridge,Lorain,Pearl,Ridge,State,Broadview,Snow,Pleasant Valley,Royalton,
Sprague,Albion,Drake,Howe,Lyman,Kingsley,Cranston,Delmore,Brainard,Thornton,Wetmore,Merriman,Portage,
Copley,Wildwood,Fox Run,Deer Creek,Quail Hollow,Autumn Ridge,Stonegate,Brandywine,Chesterfield,Kensington,
Windsor,Canterbury,Devonshire,Hampton,Sheffield,Oxford,Cambridge,Bristol,Dover,Essex,Kent,Surrey,
Whitehall,Cornell,Princeton,Yale,Amherst,Dartmouth,Lehigh,Bucknell,Tuscarawas,Mahoning,Chippewa,Seneca,
Ottawa,Erie,Huron,Ontario,Superior,Michigan"""
STREET_TYPES = [("Street", "St", 30), ("Avenue", "Ave", 22), ("Road", "Rd", 18), ("Drive", "Dr", 14),
                ("Lane", "Ln", 5), ("Court", "Ct", 4), ("Boulevard", "Blvd", 3), ("Place", "Pl", 2),
                ("Circle", "Cir", 2), ("Parkway", "Pkwy", 1), ("Trail", "Trl", 1), ("Way", "Way", 2)]
COM_STREETS = """Industrial Pkwy,Commerce Dr,Enterprise Dr,Technology Dr,Corporate Cir,Brookpark Rd,Euclid Ave,
Chester Ave,Carnegie Ave,Superior Ave,St. Clair Ave,E. 55th St,E. 79th St,E. 152nd St,W. 130th St,W. 150th St,
Tiedeman Rd,Rockside Rd,Granger Rd,Miles Rd,Harvard Ave,Hamilton Ave,Lakeland Blvd,Tyler Blvd,Heisley Rd,
Vine St,Lost Nation Rd,Chester Industrial Pkwy,Lear Industrial Pkwy,Cleveland Massillon Rd,Home Ave,
S. Main St,E. Market St,W. Market St,Exchange St,Gilchrist Rd,Arlington Rd,Wooster Rd N,Tuscarawas St W,
Cherry Ave NE,Whipple Ave NW,Navarre Rd SW,Dueber Ave SW,Mahoning Rd NE,Frank Ave NW,Lincoln Way E,
Darrow Rd,Hudson Dr,Terex Rd,Highland Rd,Solon Rd,Aurora Rd,Cochran Rd,Bainbridge Rd,Taylor Rd,Medina Rd,
Pearl Rd,Royalton Rd,Center Ridge Rd,Detroit Rd,Lorain Blvd,Broadway,Abbe Rd,Leavitt Rd,Cleveland St,
Lowell St,Middle Ave,Lake Ave,Jaycox Rd,Chester Rd,Walker Rd,Mentor Ave,Diamond Centre Dr,Progress Pkwy,
Corporate Pkwy,Freedom Rd,Stow Rd,Kent Rd,Frost Rd,Industry Rd,Mogadore Rd,Gilchrist Rd,Main St"""

PERSONAL_DOMAINS = [("gmail.com", 48), ("yahoo.com", 18), ("hotmail.com", 7), ("aol.com", 4), ("outlook.com", 5),
                    ("icloud.com", 5), ("att.net", 2), ("sbcglobal.net", 3), ("roadrunner.com", 1),
                    ("msn.com", 1.5), ("live.com", 1), ("comcast.net", 1), ("protonmail.com", 0.5),
                    ("windstream.net", 0.5), ("neo.rr.com", 0.7)]
HANDLES = ("buckeye browns cavs tribe guardians lakeside ohio rubbercity akron canton hunter fishing golf nurse "
           "mom dad gramma papa jeepguy mustang harley skier runner chef coach angel princess tiger lucky "
           "music guitar drummer crafty sunshine blessed").split()

# ---------------------------------------------------------------------------------------------- employers
# name | sector | size (L M S X) | domain | extra aliases (semicolon-separated)
EMPLOYERS = """Acme Tool & Die, Inc.|mfg|M|acmetooldie.com|ACME;Acme T&D;Acme Tool
Cuyahoga Precision Machining LLC|mfg|M|cuyahogaprecision.com|CPM;Cuyahoga Precision
Lakeshore Stamping Co.|mfg|M|lakeshorestamping.com|Lakeshore Stamping
Northcoast Plastics Corporation|mfg|L|northcoastplastics.com|NCP;North Coast Plastics
Western Reserve Fastener Company|mfg|S|wrfastener.com|WR Fastener;Western Reserve Fasteners
Buckeye Gear & Machine, Inc.|mfg|S|buckeyegear.com|Buckeye Gear
Erie Shores Castings|mfg|M|erieshorescastings.com|Erie Shores Casting
Summit Hydraulics, Inc.|mfg|M|summithydraulics.com|Summit Hydraulic
Portage Polymer Products|mfg|S|portagepolymer.com|PPP;Portage Polymers
Medina Metal Fabricators LLC|mfg|S|medinametalfab.com|Medina Metal Fab;MMF
Great Lakes Powder Coating|mfg|X|glpowdercoat.com|GL Powder Coating
Kessler-Hart Manufacturing|mfg|M|kesslerhart.com|Kessler Hart;KH Mfg
Brennan Industrial Controls|mfg|S|brennancontrols.com|Brennan Controls
Tuscarawas Forge & Ring Co.|mfg|M|tuscforge.com|Tusc Forge;Tuscarawas Forge
Ohio Valve & Fitting Corp.|mfg|M|ohiovalve.com|OVF;Ohio Valve
Lorain Wire Products|mfg|S|lorainwire.com|Lorain Wire
Chagrin Instruments, Inc.|mfg|S|chagrininstruments.com|Chagrin Instrument
Rubber City Seals & Gaskets|mfg|M|rubbercityseals.com|Rubber City Seals;RCSG
Canton Bearing Works|mfg|L|cantonbearing.com|CBW;Canton Bearings
Stark Steel Tube Company|mfg|M|starksteeltube.com|Stark Steel;Stark Tube
Black River Extrusions|mfg|S|blackriverext.com|Black River Extrusion
Harbor Light Coatings|mfg|X|harborlightcoatings.com|Harborlight Coatings
Ironwood Automation Systems|mfg|S|ironwoodauto.com|Ironwood Automation
Mahoning Mold & Die|mfg|S|mahoningmold.com|Mahoning Mold
Keystone Electric Motor Repair|mfg|X|keystonemotor.com|Keystone Electric
Pinnacle Packaging Solutions|mfg|M|pinnaclepkg.com|Pinnacle Packaging
Zielinski Bros. Machine Shop|mfg|X|zielinskibros.com|Zielinski Brothers;Zielinski Machine
Fairport Marine Hardware|mfg|X|fairportmarine.com|Fairport Marine
Grafton Industrial Ceramics|mfg|S|graftonceramics.com|Grafton Ceramics
Lake Erie Welding Supply|mfg|X|lakeeriewelding.com|LE Welding Supply
Parkside Cabinetry|mfg|S|parksidecabinetry.com|Parkside Cabinets
Halvorsen Pump & Compressor|mfg|S|halvorsenpump.com|Halvorsen Pump
Beacon Optical Components|mfg|S|beaconoptical.com|Beacon Optical
Tri-State Conveyor Corp.|mfg|M|tristateconveyor.com|Tristate Conveyor;TSC
Sterling Heat Treating|mfg|S|sterlingheat.com|Sterling Heat Treat
American Brass & Bronze Foundry|mfg|M|americanbrass.com|American Brass;AB&B Foundry
Continental Spring Company|mfg|S|continentalspring.com|Continental Spring
Apex CNC Solutions|mfg|X|apexcnc.com|Apex CNC
Midwest Label & Print|mfg|S|midwestlabel.com|Midwest Label
Ridgeline Electronics Assembly|mfg|M|ridgelineea.com|Ridgeline Electronics;REA
Crescent Cutting Tools|mfg|S|crescenttools.com|Crescent Tools
Orchard Hill Foods|mfg|L|orchardhillfoods.com|Orchard Hill;OHF
Heritage Bakery Products|mfg|M|heritagebakery.com|Heritage Bakery
Silver Lake Brewing Company|mfg|S|silverlakebrewing.com|Silver Lake Brewing;Silver Lake Brewery
DuPree Chemical Solutions|mfg|M|dupreechem.com|DuPree Chemical;Dupree Chem
Wickliffe Aerospace Components|mfg|M|wickliffeaero.com|Wickliffe Aero;WAC
Vanguard Battery Technologies|mfg|L|vanguardbattery.com|Vanguard Battery
Novak Sheet Metal|mfg|X|novaksheetmetal.com|Novak Sheetmetal
Lakeland Regional Medical Center|health|L|lakelandregional.org|LRMC;Lakeland Regional;Lakeland Hospital;Lakeland Regional Med Ctr
St. Brendan's Hospital|health|L|stbrendan.org|St Brendans Hospital;Saint Brendan Hospital;St. Brendan Health
Summit Children's Hospital|health|L|summitchildrens.org|Summit Childrens;SCH;Summit Children's
Western Reserve Health System|health|L|wrhealth.org|WRHS;Western Reserve Health
Maple Grove Nursing & Rehabilitation Center|health|M|maplegrovecare.com|Maple Grove Nursing;Maple Grove Rehab
Northcoast Family Health Centers|health|M|ncfhc.org|NCFHC;Northcoast Family Health
Akron Valley Orthopedics Group|health|S|akronvalleyortho.com|Akron Valley Ortho;AVOG
Parma Community Home Health|health|S|parmahomehealth.com|Parma Home Health
Brookside Senior Living|health|M|brooksideseniorliving.com|Brookside Senior;Brookside
Great Lakes Freight Lines|logistics|L|glfreight.com|GLF;Great Lakes Freight
Northcoast Distribution Services|logistics|M|northcoastdist.com|Northcoast Distribution;NDS
Crossroads Logistics Group|logistics|M|crossroadslogistics.com|Crossroads Logistics;CLG
Buckeye Cold Storage|logistics|S|buckeyecold.com|Buckeye Cold Storage LLC
Harborview Stevedoring Co.|logistics|S|harborviewstevedoring.com|Harborview Stevedoring
Lakeshore Transport LLC|logistics|M|lakeshoretransport.com|Lakeshore Transport
Summit Parcel & Courier|logistics|S|summitparcel.com|Summit Parcel
Keller Trucking, Inc.|logistics|M|kellertrucking.com|Keller Trucking
Midstate Warehousing|logistics|M|midstatewarehousing.com|Midstate Warehouse
Tri-County Moving & Storage|logistics|S|tricountymoving.com|Tri County Moving
Blue Line Intermodal|logistics|S|bluelineintermodal.com|Blue Line
Ridgeway Fleet Services|logistics|S|ridgewayfleet.com|Ridgeway Fleet
Eagle Express Delivery|logistics|S|eagleexpressdelivery.com|Eagle Express
Brookpark Logistics Center|logistics|M|brookparklogistics.com|Brookpark Logistics
Cuyahoga Valley Community College|edu|L|cvcc.edu|CVCC;Cuyahoga Valley CC;Cuyahoga Valley Comm College;Cuyahoga Valley Community College - Workforce Division
Portage Lakes Career Center|edu|M|plcc.k12.oh.us|Portage Lakes JVS;PLCC
Garfield Valley City Schools|edu|L|garfieldvalley.k12.oh.us|Garfield Valley Schools;GVCS
Reserve County Public Library|public|S|rcpl.org|RCPL;Reserve County Library
Summit-Portage Workforce Development Board|public|S|summitportagewdb.org|Summit-Portage WDB;SPWDB;Summit Portage Workforce Board;Workforce Development Board
Lakeshore Regional Transit Authority|public|M|lakeshoretransit.org|LRTA;Lakeshore Transit
City of Brookfield Heights|public|M|brookfieldheights.oh.gov|Brookfield Heights;City of Brookfield Hts
Reserve County Job & Family Services|public|M|reservecountyjfs.gov|RCJFS;Reserve County JFS
Northeast Ohio Manufacturing Partnership|public|X|neomfgpartnership.org|NEOMP;NEO Manufacturing Partnership
Lakeside Electrical Contractors|construction|M|lakesideelectric.com|Lakeside Electric
Brennan & Sons Plumbing & Heating|construction|S|brennanandsons.com|Brennan and Sons;Brennan & Sons
Reserve Mechanical Contractors|construction|M|reservemechanical.com|Reserve Mechanical;RMC
Hollis Construction Group|construction|M|hollisconstruction.com|Hollis Construction
Greenleaf Landscaping|construction|S|greenleaflandscaping.com|Greenleaf
Sentinel Roofing|construction|S|sentinelroofing.com|Sentinel Roofing & Siding
Erie Federal Credit Union|finance|M|eriefcu.org|Erie FCU;EFCU
First Lakeshore Bank|finance|M|firstlakeshore.com|First Lakeshore;FLB
Summit Insurance Agency|finance|X|summitinsurance.com|Summit Insurance
Tri-County Staffing Solutions|staffing|M|tricountystaffing.com|Tri County Staffing;TCS Staffing
Precision Staffing Group|staffing|M|precisionstaffing.com|Precision Staffing
Keystone Business Services|services|S|keystonebiz.com|Keystone Business
Clearwater Engineering Associates|services|S|clearwatereng.com|Clearwater Engineering
Northpoint IT Services|services|S|northpointit.com|Northpoint IT;NorthPoint Technology
Allied Security Services|services|M|alliedsecurityoh.com|Allied Security
Metro Janitorial Services|services|M|metrojanitorial.com|Metro Janitorial
Marino's Fresh Markets|retail|L|marinosmarkets.com|Marinos;Marino's Market;Marino's
Heartland Grocers Distribution|retail|M|heartlandgrocers.com|Heartland Grocers
Lakeview Restaurant Group|retail|M|lakeviewrestaurants.com|Lakeview Restaurants
Buckeye Hardware & Supply|retail|S|buckeyehardware.com|Buckeye Hardware
Russo's Italian Foods|retail|S|russositalian.com|Russo's;Russos Italian Foods
Parkway Auto Group|retail|M|parkwayauto.com|Parkway Auto;Parkway Chevrolet
Northcoast Energy Cooperative|utility|M|northcoastenergy.coop|Northcoast Energy;NEC
Lake Erie Water Authority|utility|S|lakeeriewater.org|LEWA;Lake Erie Water
Summit Solar Installers|utility|X|summitsolar.com|Summit Solar"""

SIZE_WEIGHT = {"L": 7.0, "M": 2.4, "S": 0.9, "X": 0.35}

# Job titles per sector: title;office (1 = desk phone and work email likely);weight
TITLES = {
    "mfg": "Machinist;0;8|CNC Operator;0;8|CNC Machinist;0;4|Welder;0;6|Maintenance Technician;0;5|"
           "Quality Inspector;0;4|Quality Engineer;1;2|Production Supervisor;1;3|Plant Manager;1;1|"
           "HR Generalist;1;1.5|Human Resources Manager;1;1|Shipping Clerk;0;2|Process Engineer;1;2|"
           "Tool and Die Maker;0;3|Assembler;0;8|Forklift Operator;0;3|Purchasing Manager;1;1|Controller;1;0.5|"
           "Safety Coordinator;1;1|Production Associate;0;8|Material Handler;0;4|Inside Sales Representative;1;1.5|"
           "Maintenance Supervisor;1;1|Manufacturing Engineer;1;2|Operations Manager;1;1|Machine Operator;0;6|"
           "Electrician;0;1.5|Apprentice Machinist;0;2|Customer Service Representative;1;1.5|Office Manager;1;1",
    "health": "Registered Nurse;0;14|RN;0;4|Licensed Practical Nurse;0;4|Patient Care Technician;0;6|"
              "Medical Assistant;0;6|Phlebotomist;0;3|Unit Secretary;1;2|Respiratory Therapist;0;2|Pharmacist;1;1|"
              "Pharmacy Technician;0;2|Radiology Technologist;0;2|Environmental Services Aide;0;4|"
              "Nurse Manager;1;2|Director of Nursing;1;0.5|Billing Specialist;1;2|Physical Therapist;0;2|"
              "State Tested Nursing Assistant;0;5|STNA;0;2|Home Health Aide;0;4|Surgical Technologist;0;1.5|"
              "Patient Access Representative;1;2|Dietary Aide;0;2|Case Manager;1;1.5|Security Officer;0;1",
    "logistics": "Warehouse Associate;0;12|Forklift Operator;0;6|CDL Driver;0;6|Truck Driver;0;5|Dispatcher;1;3|"
                 "Logistics Coordinator;1;3|Inventory Clerk;0;3|Operations Manager;1;1|Shift Lead;0;3|"
                 "Warehouse Supervisor;1;2|Diesel Mechanic;0;2|Order Picker;0;5|Customer Service Rep;1;2|"
                 "Safety Manager;1;0.5|Fleet Manager;1;0.5|Delivery Driver;0;4|Dock Worker;0;3",
    "edu": "Instructor;1;6|Adjunct Faculty;1;5|Adjunct Instructor;1;3|Professor of Nursing;1;1|Academic Advisor;1;2|"
           "Financial Aid Specialist;1;1.5|Dean of Workforce Development;1;0.3|Admissions Coordinator;1;1.5|"
           "IT Support Specialist;1;1.5|Teacher;1;10|Paraprofessional;0;4|Intervention Specialist;1;2|"
           "Bus Driver;0;3|Custodian;0;3|School Secretary;1;2|Principal;1;0.5|Career Services Coordinator;1;1|"
           "Welding Instructor;1;1|Program Coordinator;1;1.5",
    "public": "Career Coach;1;3|Business Services Representative;1;2|Program Manager;1;2|Executive Director;1;0.3|"
              "Case Manager;1;3|Youth Program Coordinator;1;1.5|Eligibility Specialist;1;3|Bus Operator;0;4|"
              "Mechanic;0;2|Administrative Assistant;1;2|Librarian;1;2|Library Associate;0;2|"
              "Service Worker;0;2|Police Officer;0;2|Firefighter;0;2|Clerk;1;2|Director;1;0.5",
    "construction": "Electrician;0;6|Apprentice Electrician;0;4|Journeyman Electrician;0;3|Carpenter;0;4|"
                    "Project Manager;1;2|Estimator;1;1.5|Plumber;0;4|Pipefitter;0;3|HVAC Technician;0;4|"
                    "Laborer;0;5|Foreman;0;2|Superintendent;1;1|Crew Leader;0;2|Roofer;0;3|Office Manager;1;1",
    "finance": "Teller;0;5|Member Service Representative;1;5|Branch Manager;1;2|Loan Officer;1;2|"
               "Mortgage Processor;1;1.5|Insurance Agent;1;2|Customer Service Representative;1;3|"
               "Financial Advisor;1;1|Collections Specialist;1;1.5|Compliance Officer;1;0.5",
    "staffing": "Recruiter;1;4|Staffing Coordinator;1;3|Account Manager;1;2|Branch Manager;1;1|"
                "Temporary Associate;0;10|General Laborer;0;8|Light Industrial Associate;0;5|"
                "Onsite Supervisor;0;1.5",
    "services": "Security Officer;0;8|Custodian;0;6|Janitor;0;4|Site Supervisor;0;2|Account Manager;1;2|"
                "Engineer;1;3|Project Engineer;1;2|IT Technician;1;3|Help Desk Analyst;1;2|"
                "Administrative Assistant;1;2|Bookkeeper;1;1.5|Network Administrator;1;1",
    "retail": "Cashier;0;8|Store Manager;1;2|Assistant Manager;1;2|Stock Associate;0;5|Deli Clerk;0;3|"
              "Line Cook;0;5|Server;0;5|Dishwasher;0;2|Sales Associate;0;5|Service Advisor;1;2|"
              "Auto Technician;0;3|Delivery Driver;0;2|Meat Cutter;0;2|Kitchen Manager;1;1|Bartender;0;2",
    "utility": "Lineworker;0;5|Meter Technician;0;3|Customer Service Representative;1;3|Engineer;1;2|"
               "Water Treatment Operator;0;3|Solar Installer;0;3|Field Technician;0;3|Operations Manager;1;1",
}
TITLE_VARIANTS = [("Senior ", "Sr. "), ("Manager", "Mgr"), ("Technician", "Tech"), ("Representative", "Rep"),
                  ("Registered Nurse", "RN"), ("Coordinator", "Coord."), ("Assistant", "Asst."),
                  ("Associate", "Assoc."), ("Specialist", "Spec."), ("Director", "Dir."), ("Operator", "Op")]

EMAIL_PATTERNS = [("first.last", 40), ("flast", 25), ("firstl", 6), ("first_last", 6), ("lastf", 5),
                  ("first", 3), ("f.last", 8), ("firstlast", 7)]


# -------------------------------------------------------------------------------------------------- helpers
def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


class Weighted:
    """A weighted choice over a list, cumulative weights computed once."""
    def __init__(self, items, weights):
        self.items = list(items)
        self.cum = []
        t = 0.0
        for w in weights:
            t += w
            self.cum.append(t)
        self.total = t

    def pick(self, rng):
        return rng.choices(self.items, cum_weights=self.cum, k=1)[0]


def parse_given(text):
    out = []
    for part in text.replace("\n", "").split(","):
        bits = part.split()
        if not bits:
            continue
        out.append((bits[0], float(bits[1]), bits[2] if len(bits) > 2 else ""))
    return out


def parse_surnames(text):
    seen, out = {}, []
    for part in text.replace("\n", "").split(","):
        bits = part.split()
        if not bits:
            continue
        # multi-word surnames ("Van Dyke 8", "De La Cruz 10 hisp"): the number splits name from origin
        k = next(i for i, b in enumerate(bits) if b.replace(".", "").isdigit())
        name = " ".join(bits[:k])
        w = float(bits[k])
        origin = bits[k + 1] if len(bits) > k + 1 else "gen"
        name = APOSTROPHE.get(name, name)
        if name in seen:
            out[seen[name]] = (name, out[seen[name]][1] + w, out[seen[name]][2])
        else:
            seen[name] = len(out)
            out.append((name, w, origin))
    return out


def tail_surnames(rng):
    """~10k generated surnames with origins, in a fixed pseudo-random order (rank = Zipf weight)."""
    pools = []
    for origin, (share, heads, tails) in TAIL_PARTS.items():
        hs, ts = heads.split(), tails.split()
        names = []
        if origin == "irish":
            for h in hs:
                for t in ts:
                    names.append(t + h if t != "O'" else "O'" + h)
        elif origin == "easia":
            names = hs
        else:
            for h in hs:
                for t in ts:
                    n = h + t
                    if origin == "hisp":
                        n = strip_accents(n) if rng.random() < 0.7 else n
                    names.append(n)
        dedup, seen = [], set()
        for n in names:
            if n not in seen and len(n) >= 3:
                seen.add(n)
                dedup.append(n)
        rng.shuffle(dedup)
        pools.append((origin, share, dedup))
    return pools


def typo(rng, s):
    """One keyboard slip: transposition, drop, double or neighbouring key."""
    if len(s) < 3:
        return s
    i = rng.randrange(1, len(s) - 1)
    k = rng.random()
    if k < 0.35:
        return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    if k < 0.6:
        return s[:i] + s[i + 1:]
    if k < 0.75:
        return s[:i] + s[i] + s[i:]
    near = {"a": "sq", "b": "vn", "c": "xv", "d": "sf", "e": "wr", "f": "dg", "g": "fh", "h": "gj", "i": "uo",
            "j": "hk", "k": "jl", "l": "k", "m": "n", "n": "bm", "o": "ip", "p": "o", "r": "et", "s": "ad",
            "t": "ry", "u": "yi", "v": "cb", "w": "qe", "y": "tu", "z": "x", "x": "zc", "q": "w"}
    c = s[i]
    alt = near.get(c.lower())
    if not alt:
        return s[:i] + s[i + 1:]
    r = rng.choice(alt)
    return s[:i] + (r.upper() if c.isupper() else r) + s[i + 1:]


def digits_typo(rng, d):
    i = rng.randrange(3, len(d) - 1)
    if rng.random() < 0.6:
        return d[:i] + d[i + 1] + d[i] + d[i + 2:]
    return d[:i] + str((int(d[i]) + rng.choice([1, 9])) % 10) + d[i + 1:]


def fmt_phone(rng, d, ext=None, style=None):
    a, b, c = d[:3], d[3:6], d[6:]
    style = style if style is not None else rng.choices(range(8), [34, 26, 9, 9, 6, 4, 3, 4])[0]
    s = [f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"{a}{b}{c}", f"{a} {b} {c}", f"+1 {a} {b} {c}",
         f"1-{a}-{b}-{c}", f"({a}){b}-{c}"][style]
    if ext:
        s += rng.choices([f" x{ext}", f" ext. {ext}", f" ext {ext}", f" x.{ext}", f", ext {ext}", f" #{ext}",
                          f" Ext {ext}", f"x{ext}"], [30, 20, 15, 5, 8, 5, 10, 7])[0]
    return s


def email_local(pattern, first, last):
    f = strip_accents(first).lower().replace(" ", "").replace("'", "").replace(".", "")
    l = strip_accents(last).lower().replace(" ", "").replace("'", "").replace(".", "")
    l2 = l.replace("-", "")
    return {"first.last": f"{f}.{l}", "flast": f"{f[0]}{l2}", "firstl": f"{f}{l2[0]}", "first_last": f"{f}_{l}",
            "lastf": f"{l2}{f[0]}", "first": f, "f.last": f"{f[0]}.{l}", "firstlast": f"{f}{l2}"}[pattern]


def org_variants(name, aliases):
    """The ways one employer's name gets typed, most canonical first."""
    base = name
    legal = ""
    for suf in [", Inc.", " Inc.", " LLC", " Corporation", " Corp.", " Co.", " Company"]:
        if name.endswith(suf):
            base, legal = name[: -len(suf)], suf
            break
    out = [name]
    if legal:
        out.append(base)
        alt = {", Inc.": [" Inc", ", Inc", " Incorporated"], " Inc.": [" Inc", ", Inc."], " LLC": [", LLC", " L.L.C."],
               " Corporation": [" Corp.", " Corp"], " Corp.": [" Corporation", " Corp"], " Co.": [" Company", " Co"],
               " Company": [" Co.", " Co"]}[legal]
        out += [base + a for a in alt]
    if "&" in base:
        out.append(base.replace(" & ", " and "))
        out.append(base.replace(" & ", " and ") + legal)
        out.append(base.replace(" & ", "&"))
    if base.startswith("St. "):
        out.append("St " + base[4:])
        out.append("Saint " + base[4:])
    if "'s" in base:
        out.append(base.replace("'s", "s"))
    out.append(base.upper())
    out.append(name.lower() if len(name) < 24 else base.lower())
    out += aliases
    dedup, seen = [], set()
    for o in out:
        if o not in seen:
            seen.add(o)
            dedup.append(o)
    return dedup


# ---------------------------------------------------------------------------------------------- the model
class World:
    def __init__(self, rng):
        self.rng = rng
        self.male = parse_given(MALE)
        self.female = parse_given(FEMALE)
        self.given_origin = {k: v.split() for k, v in ORIGIN_GIVEN.items()}
        top = parse_surnames(SURNAMES)
        pools = tail_surnames(rng)
        top_total = sum(w for _, w, _ in top)
        tail_total = top_total * 1.05          # the tail carries ~half the people
        names, weights, self.origin_of = [], [], {}
        for n, w, o in top:
            names.append(n)
            weights.append(w)
            self.origin_of[n] = o
        for origin, share, pool in pools:
            z = [1.0 / (r + 8) ** 0.85 for r in range(len(pool))]
            zt = sum(z)
            o = "gen" if origin in ("anglo", "germ", "irish") else {"pol": "eeur", "hung": "eeur"}.get(origin, origin)
            for n, zw in zip(pool, z):
                if n in self.origin_of:
                    continue
                names.append(n)
                weights.append(tail_total * share * zw / zt)
                self.origin_of[n] = o
        self.surnames = Weighted(names, weights)
        self.nick = {}
        for part in NICKNAMES.replace("\n", "").split("|"):
            k, v = part.split(":")
            self.nick[k] = v.split(",")
        self.cities = []
        for line in CITIES.strip().split("\n"):
            city, zips, ac, variants = line.split("|")
            self.cities.append((city, zips.split(), ac, [v for v in variants.split(",") if v]))
        city_w = [len(z) * (3.0 if c in ("Cleveland", "Akron", "Canton") else 1.0) for c, z, _, _ in self.cities]
        self.city_pick = Weighted(self.cities, city_w)
        self.res_streets = [s.strip() for s in RES_STREETS.replace("\n", "").split(",") if s.strip()]
        self.com_streets = [s.strip() for s in COM_STREETS.replace("\n", "").split(",") if s.strip()]
        self.street_types = Weighted(STREET_TYPES, [w for _, _, w in STREET_TYPES])
        self.personal_domains = Weighted([d for d, _ in PERSONAL_DOMAINS], [w for _, w in PERSONAL_DOMAINS])
        self.used_phones = set()
        self.used_emails = set()
        self.plus4 = {}
        self.employers = self.make_employers()
        self.emp_pick = Weighted(self.employers, [e["weight"] for e in self.employers])
        self.second_pick = Weighted(self.employers, [e["weight"] * {"staffing": 4, "retail": 2.5, "health": 1.6,
                                                                      "edu": 1.5, "services": 1.5}.get(e["sector"], 1)
                                                     for e in self.employers])

    # ---- phones, places
    def new_phone(self, ac=None, prefix=None):
        rng = self.rng
        while True:
            if prefix:
                d = prefix + f"{rng.randrange(10000):04d}"
            else:
                a = ac or rng.choice(["216", "440", "330", "234"])
                d = a + str(rng.randrange(2, 10)) + f"{rng.randrange(100):02d}" + f"{rng.randrange(10000):04d}"
            if d[3:6] != "555" and d not in self.used_phones:
                self.used_phones.add(d)
                return d

    def new_address(self, residential=True, city=None):
        rng = self.rng
        c = city or self.city_pick.pick(rng)
        zipc = rng.choice(c[1])
        if residential:
            number = str(rng.choice([rng.randrange(10, 999), rng.randrange(1000, 9999), rng.randrange(10000, 30000)]))
            direction = rng.choices(["", "N", "S", "E", "W"], [80, 4, 4, 6, 6])[0]
            name = rng.choice(self.res_streets)
            stype = self.street_types.pick(rng)
            unit = ""
            if rng.random() < 0.22:
                unit = rng.choice([str(rng.randrange(1, 40)), str(rng.randrange(1, 6)) + rng.choice("ABCD"),
                                   str(rng.randrange(100, 420))])
            addr = {"number": number, "dir": direction, "name": name, "type": stype, "unit": unit, "city": c,
                    "zip": zipc}
        else:
            number = str(rng.randrange(100, 30000))
            addr = {"number": number, "dir": "", "name": rng.choice(self.com_streets), "type": None,
                    "unit": rng.choice(["", "", "", "", "Suite " + str(rng.randrange(100, 600)),
                                        "Bldg " + rng.choice("ABC")]), "city": c, "zip": zipc}
        key = (addr["number"], addr["name"], zipc)
        self.plus4[key] = f"{rng.randrange(1000, 9999)}"
        addr["plus4"] = self.plus4[key]
        return addr

    # ---- employers
    def make_employers(self):
        rng = self.rng
        out = []
        for i, line in enumerate(EMPLOYERS.strip().split("\n")):
            name, sector, size, domain, aliases = line.split("|")
            nsites = {"L": rng.randint(2, 4), "M": rng.randint(1, 3), "S": rng.choice([1, 1, 2]), "X": 1}[size]
            hq_city = self.city_pick.pick(rng)
            sites = [self.new_address(False, hq_city)] + [self.new_address(False) for _ in range(nsites - 1)]
            variants = org_variants(name, [a for a in aliases.split(";") if a])
            # its house style: one dominant spelling (not always the legal name), a few others
            dominant = variants[0] if rng.random() < 0.45 else rng.choice(variants[1:3] if len(variants) > 2 else variants)
            vw = [1.0] * len(variants)
            vw[variants.index(dominant)] = 12.0 if size in ("L", "M") else 20.0
            main = self.new_phone(sites[0]["city"][2])
            titles = []
            for t in TITLES[sector].split("|"):
                title, office, w = t.split(";")
                titles.append((title, office == "1", float(w)))
            out.append({
                "id": i, "name": name, "sector": sector, "size": size, "domain": domain,
                "weight": SIZE_WEIGHT[size] * rng.uniform(0.6, 1.6),
                "sites": sites, "site_phone": [main] + [self.new_phone(s["city"][2]) for s in sites[1:]],
                "variants": Weighted(variants, vw),
                "pattern": rng.choices([p for p, _ in EMAIL_PATTERNS], [w for _, w in EMAIL_PATTERNS])[0],
                "desk": rng.choices(["ext", "direct", "mixed"], [45, 25, 30])[0],
                "work_email_floor": 0.15 if sector in ("mfg", "logistics", "construction", "retail", "services") else 0.5,
                # what its rows carry in Street/City/Zip: home, site, nothing
                "addr_mix": rng.choice([(0.7, 0.15), (0.55, 0.3), (0.3, 0.55), (0.15, 0.7), (0.5, 0.2)]),
                "phone_style": rng.choices(range(8), [34, 26, 9, 9, 6, 4, 3, 4])[0],
                "caps": rng.random() < 0.06,            # an all-caps export
                "titles": Weighted(titles, [w for _, _, w in titles]),
                "locals": {},
            })
        return out

    # ---- names
    def given(self, sex, origin, birth_year, avoid=()):
        rng = self.rng
        for _ in range(50):
            pref = ORIGIN_PREF.get(origin, 0)
            table = self.male if sex == "M" else self.female
            names = {n for n, _, _ in table}
            if pref and rng.random() < pref:
                cand = [n for n in self.given_origin[origin] if n in names]
                if cand:
                    g = rng.choice(cand)
                    if g not in avoid:
                        return g
                    continue
            young = birth_year >= 1988
            ws = []
            for n, w, era in table:
                if era == "o":
                    w *= 0.12 if young else 2.2
                elif era == "y":
                    w *= 3.5 if young else 0.25
                ws.append(w)
            g = rng.choices([n for n, _, _ in table], ws)[0]
            if g not in avoid:
                return g
        return g

    def surname(self):
        n = self.surnames.pick(self.rng)
        return n, self.origin_of[n]


def build(records_wanted, seed):
    rng = Random(seed)
    W = World(rng)
    persons, households = [], []
    total = 0

    def record_count():
        return rng.choices([1, 2, 3, 4], [58, 25, 11, 6])[0]

    def new_person(hh, role, sex, birth_year, given, surname, origin):
        p = {"id": None, "hh": hh["id"], "role": role, "sex": sex, "birth": birth_year, "given": given,
             "surname": surname, "origin": origin, "maiden": None, "suffix": "", "middle": rng.choice(
                 "ABCDEFGHJKLMNPRSTW"), "alt_surname": None, "n": record_count(), "emails": [], "cell": None,
             "jobs": [], "old_home": None, "flags": []}
        nicks = W.nick.get(given)
        p["nick"] = rng.choice(nicks) if nicks and rng.random() < 0.38 else None
        p["nick_use"] = rng.uniform(0.4, 0.9) if p["nick"] else 0.0
        p["accent"] = given in ACCENTS or surname in ACCENTS
        p["accent_use"] = rng.choice([0.0, 0.3, 0.8]) if p["accent"] else 0.0
        return p

    hh_id = 0
    while total < records_wanted:
        hh_id += 1
        hh = {"id": hh_id, "home": W.new_address(True), "landline": None, "family_email": None, "members": []}
        size = rng.choices([1, 2, 3, 4], [62, 26, 9, 3])[0]
        sur, origin = W.surname()
        head_sex = rng.choice("MF")
        if size == 1:
            by = rng.randint(1959, 2003)
            hh["members"].append(new_person(hh, "single", head_sex, by, W.given(head_sex, origin, by), sur, origin))
        else:
            kind = rng.choices(["couple", "parent_kids", "siblings"], [78, 17, 5])[0] if size == 2 else \
                rng.choices(["couple_kids", "parent_kids", "three_gen"], [72, 18, 10])[0]
            if kind == "siblings":
                for _ in range(size):
                    by = rng.randint(1985, 2002)
                    sex = rng.choice("MF")
                    hh["members"].append(new_person(hh, "sibling", sex, by,
                                                    W.given(sex, origin, by, [m["given"] for m in hh["members"]]),
                                                    sur, origin))
            else:
                hb = rng.randint(1958, 1982) if kind != "couple" else rng.randint(1958, 1998)
                head_sex = "M" if (kind in ("couple", "couple_kids") and rng.random() < 0.85) else head_sex
                head = new_person(hh, "head", head_sex, hb, W.given(head_sex, origin, hb), sur, origin)
                hh["members"].append(head)
                spouse = None
                if kind in ("couple", "couple_kids", "three_gen"):
                    ssex = ("F" if head_sex == "M" else "M") if rng.random() < 0.95 else head_sex
                    sb = max(1955, min(2000, hb + rng.randint(-6, 6)))
                    own, own_origin = W.surname()
                    if rng.random() < 0.25:
                        own_origin = origin   # people often marry within their community
                    r = rng.random()
                    if ssex == head_sex or r < 0.18:          # keeps own surname
                        s_sur, maiden = own, None
                        hh["mixed"] = True
                    elif r < 0.26:                            # hyphenates
                        s_sur, maiden = f"{own}-{sur}", own
                    else:                                     # takes the head's
                        s_sur, maiden = sur, own
                    spouse = new_person(hh, "spouse", ssex, sb,
                                        W.given(ssex, own_origin if rng.random() < 0.5 else origin, sb,
                                                [head["given"]]), s_sur, own_origin)
                    spouse["maiden"] = maiden
                    hh["members"].append(spouse)
                nkids = size - len(hh["members"]) - (1 if kind == "three_gen" else 0)
                for _ in range(nkids):
                    kb = rng.randint(1994, 2006)
                    ksex = rng.choice("MF")
                    kid_sur = sur
                    if spouse and "-" in spouse["surname"] and rng.random() < 0.3:
                        kid_sur = spouse["surname"]
                    elif not spouse and rng.random() < 0.2:
                        kid_sur, _ = W.surname()
                    avoid = [m["given"] for m in hh["members"]]
                    junior = (ksex == "M" and head_sex == "M" and kid_sur == sur and head["suffix"] == ""
                              and rng.random() < 0.16)
                    g = head["given"] if junior else W.given(ksex, origin, kb, avoid)
                    kid = new_person(hh, "child", ksex, kb, g, kid_sur, origin)
                    if junior:
                        kid["suffix"] = rng.choices(["Jr", "II", "III"], [85, 10, 5])[0]
                        head["suffix"] = "Sr" if kid["suffix"] == "Jr" else ("" if kid["suffix"] == "II" else "Jr")
                        kid["nick"], kid["nick_use"] = None, 0.0     # son goes by the full name…
                        if head["nick"] is None and W.nick.get(g) and rng.random() < 0.5:
                            head["nick"], head["nick_use"] = W.nick[g][0], 0.6   # …or the father by a short one
                        kid["flags"].append("junior")
                        head["flags"].append("senior")
                    hh["members"].append(kid)
                if kind == "three_gen":
                    gb = rng.randint(1945, 1958)
                    gsex = rng.choice("MF")
                    g_sur = sur if (gsex == "M" or rng.random() < 0.5) else (spouse["maiden"] or sur) if spouse else sur
                    hh["members"].append(new_person(hh, "parent", gsex, gb,
                                                    W.given(gsex, origin, gb, [m["given"] for m in hh["members"]]),
                                                    g_sur, origin))
        if rng.random() < (0.55 if len(hh["members"]) > 1 else 0.25):
            hh["landline"] = W.new_phone(hh["home"]["city"][2])
        if len(hh["members"]) > 1 and rng.random() < 0.12:
            s = strip_accents(hh["members"][0]["surname"]).lower().replace(" ", "").replace("'", "").replace("-", "")
            local = rng.choice([f"{s}family", f"the{s}s", f"{s}household", f"{s}{hh['home']['number'][-3:]}",
                                f"{hh['members'][0]['given'][0].lower()}and{hh['members'][1]['given'][0].lower()}{s}"])
            e = f"{local}@{W.personal_domains.pick(rng)}"
            if e not in W.used_emails:
                W.used_emails.add(e)
                hh["family_email"] = e
        households.append(hh)
        for p in hh["members"]:
            p["id"] = f"E{len(persons) + 1:05d}"
            persons.append(p)
            total += p["n"]
            if total >= records_wanted:
                p["n"] -= total - records_wanted
                total = records_wanted
                del hh["members"][hh["members"].index(p) + 1:]
                break

    # ---- personal contact points and jobs
    for p in persons:
        if p["n"] <= 0:
            continue
        hh = households[p["hh"] - 1]
        home_ac = hh["home"]["city"][2]
        p["cell"] = W.new_phone(home_ac if rng.random() < 0.6 else
                                rng.choice(["216", "440", "330", "234", "614", "412", "313", "419", "937", "773"]))
        if rng.random() < 0.1:
            p["cell"] = None                        # no cell on file anywhere
        ne = rng.choices([0, 1, 2], [28, 57, 15])[0]
        for k in range(ne):
            p["emails"].append(personal_email(rng, W, p, k))
        if p["maiden"] and p["n"] >= 2 and rng.random() < 0.22:
            p["flags"].append("surname_change")
        if "-" in p["surname"] and rng.random() < 0.5:
            p["alt_surname"] = rng.choice(p["surname"].split("-"))
            p["flags"].append("hyphen_partial")
        if p["role"] == "single" and p["n"] >= 2 and rng.random() < 0.12:
            p["old_home"] = W.new_address(True)
            p["flags"].append("moved")
        # jobs
        first_emp = None
        others = [m for m in hh["members"] if m is not p and m["jobs"]]
        if others and rng.random() < (0.45 if "junior" in p["flags"] else 0.22):
            first_emp = rng.choice(others)["jobs"][0]["emp"]
            p["flags"].append("same_employer_as_household")
        jobs = [make_job(rng, W, p, first_emp or W.emp_pick.pick(rng))]
        if p["n"] >= 2 and rng.random() < 0.24:
            change = rng.random() < 0.55
            for _ in range(20):
                if change and rng.random() < 0.5:
                    same = [e for e in W.employers if e["sector"] == jobs[0]["emp"]["sector"]]
                    e2 = rng.choice(same)
                else:
                    e2 = W.second_pick.pick(rng)
                if e2 is not jobs[0]["emp"]:
                    break
            jobs.append(make_job(rng, W, p, e2, previous=jobs[0] if change else None))
            p["flags"].append("job_change" if change else "second_job")
        p["jobs"] = jobs
    return W, persons, households


def personal_email(rng, W, p, k):
    g = strip_accents(p["nick"] if (p["nick"] and rng.random() < 0.3) else p["given"]).lower().replace("-", "")
    s = strip_accents((p["maiden"] if (p["maiden"] and k == 0 and rng.random() < 0.5) else p["surname"]))
    s = s.lower().replace(" ", "").replace("'", "").replace("-", "").replace(".", "")
    yy = str(p["birth"])[2:]
    for attempt in range(30):
        n = str(rng.randrange(1, 999))
        local = rng.choices([f"{g}.{s}", f"{g}{s}", f"{g}.{s}{n}", f"{g}{s}{yy}", f"{g[0]}{s}{n}", f"{g}{s[0]}{n}",
                             f"{g}_{s}", f"{rng.choice(HANDLES)}{n}", f"{g}{rng.choice(HANDLES)}",
                             f"{s}{g[0]}{yy}", f"{g}.{p['middle'].lower()}.{s}"],
                            [14, 12, 10, 10, 8, 6, 5, 8, 4, 4, 3])[0]
        if attempt > 10:
            local += str(rng.randrange(10, 99))
        e = f"{local}@{W.personal_domains.pick(rng)}"
        if e not in W.used_emails:
            W.used_emails.add(e)
            return e
    raise RuntimeError("no free email")


def make_job(rng, W, p, emp, previous=None):
    site_i = rng.randrange(len(emp["sites"]))
    title, office, _ = emp["titles"].pick(rng)
    if p["birth"] >= 1998 and office and rng.random() < 0.4:
        title, office, _ = emp["titles"].pick(rng)
    job = {"emp": emp, "site": site_i, "title": title, "office": office, "email": None, "desk": None, "ext": None}
    if rng.random() < (0.92 if office else emp["work_email_floor"]):
        first = p["nick"] if (p["nick"] and rng.random() < 0.25) else p["given"]
        last = p["surname"].split("-")[-1] if "-" in p["surname"] and rng.random() < 0.5 else p["surname"]
        if "surname_change" in p["flags"] and previous is None and rng.random() < 0.6:
            last = p["maiden"]                  # the address from before the wedding, kept
        local = email_local(emp["pattern"], first, last)
        base, k = local, 1
        while local in emp["locals"]:
            k += 1
            local = base + str(k) if rng.random() < 0.7 else base + p["middle"].lower()
            if local in emp["locals"]:
                local = base + str(k)
        emp["locals"][local] = p["id"]
        job["email"] = f"{local}@{emp['domain']}"
    if office or rng.random() < 0.1:
        mode = emp["desk"] if emp["desk"] != "mixed" else rng.choice(["ext", "direct"])
        main = emp["site_phone"][site_i]
        if mode == "ext":
            job["desk"] = main
            job["ext"] = str(rng.randrange(100, 9999)) if rng.random() < 0.8 else str(rng.randrange(10, 99))
        else:
            job["desk"] = W.new_phone(prefix=main[:6])
    return job


# --------------------------------------------------------------------------------------------- rendering
def case_style(rng, s, caps):
    if caps:
        return s.upper()
    r = rng.random()
    if r < 0.035:
        return s.upper()
    if r < 0.05:
        return s.lower()
    return s


def render_street(rng, a):
    if a["type"] is None:       # a commercial address, already abbreviated as written
        s = f"{a['number']} {a['name']}"
        if rng.random() < 0.15:
            s = s.replace(" Rd", " Road").replace(" Ave", " Avenue").replace(" Dr", " Drive").replace(
                " Pkwy", " Parkway").replace(" St", " Street", 1) if rng.random() < 0.5 else s.replace(".", "")
        if a["unit"] and rng.random() < 0.6:
            s += rng.choice([", ", " "]) + a["unit"].replace("Suite", rng.choice(["Suite", "Ste", "Ste."]))
        return s
    full, abbr, _ = a["type"]
    t = rng.choices([full, abbr, abbr + "."], [35, 50, 15])[0] if full != abbr else full
    d = a["dir"]
    if d:
        d = rng.choices([d, d + ".", {"N": "North", "S": "South", "E": "East", "W": "West"}[d]], [50, 25, 25])[0] + " "
    s = f"{a['number']} {d}{a['name']} {t}"
    if a["unit"] and rng.random() < 0.85:
        u = a["unit"]
        s += rng.choices([f" Apt {u}", f" Apt. {u}", f" #{u}", f", Apt {u}", f" Unit {u}", f" Apt#{u}"],
                         [30, 15, 25, 15, 10, 5])[0]
    if rng.random() < 0.02:
        s = typo(rng, s)
    return s


def render_city(rng, c):
    name, _, _, variants = c
    if variants and rng.random() < 0.25:
        return rng.choice(variants)
    if rng.random() < 0.015:
        return typo(rng, name)
    return name


def render(rng, W, p, job, home, hh, use_maiden):
    emp = job["emp"]
    flags = []
    # first name
    if p["nick"] and rng.random() < p["nick_use"]:
        first = p["nick"]
        flags.append("nickname")
    else:
        first = p["given"]
        if rng.random() < 0.03 and W.nick.get(first):
            first = W.nick[first][0]
            flags.append("nickname")
    if p["accent_use"] and first in ACCENTS and rng.random() < p["accent_use"]:
        first = ACCENTS[first]
    r = rng.random()
    if r < 0.02:
        first = f"{first} {p['middle']}."
    elif r < 0.025:
        first = f"{first} {p['middle']}"
    elif r < 0.03 and first != p["given"]:
        first = f"{p['given']} ({first})"
    if rng.random() < 0.035:
        first = typo(rng, first)
        flags.append("typo_first")
    # last name
    last = p["surname"]
    if use_maiden:
        last = p["maiden"]
        flags.append("maiden")
    elif p["alt_surname"] and rng.random() < 0.5:
        last = p["alt_surname"]
    if "-" in last and rng.random() < 0.2:
        last = last.replace("-", " ")
    if p["accent_use"] and last in ACCENTS and rng.random() < p["accent_use"]:
        last = ACCENTS[last]
    if "'" in last and rng.random() < 0.3:
        last = rng.choice([last.replace("'", ""), last.replace("'", " "), last[:3] + last[3:].lower()])
    if last.startswith("Mc") and rng.random() < 0.1:
        last = "Mc " + last[2:] if rng.random() < 0.5 else "Mc" + last[2:].lower()
    if rng.random() < 0.04:
        last = typo(rng, last)
        flags.append("typo_last")
    if p["suffix"]:
        show = 0.7 if p["role"] == "child" else 0.4
        if rng.random() < show:
            suf = p["suffix"]
            if suf in ("Jr", "Sr"):
                suf = rng.choices([f"{suf}.", suf, suf.upper(), suf.upper() + "."], [50, 25, 15, 10])[0]
            last = last + rng.choices([" ", ", "], [65, 35])[0] + suf
            flags.append("suffix_shown")
    first, last = case_style(rng, first, emp["caps"]), case_style(rng, last, emp["caps"])
    if rng.random() < 0.008:
        first = ""
    # email
    r = rng.random()
    email = ""
    personal = p["emails"][0] if p["emails"] else None
    if len(p["emails"]) > 1 and rng.random() < 0.5:
        personal = p["emails"][1]
    fam = hh["family_email"]
    if job["email"]:
        if r < 0.58:
            email, flags = job["email"], flags + ["work_email"]
        elif r < 0.8 and (personal or fam):
            email = fam if fam and (not personal or rng.random() < 0.4) else personal
        elif r < 0.85:
            email = personal or ""
    else:
        if r < 0.62 and (personal or fam):
            email = fam if fam and (not personal or rng.random() < 0.35) else personal
    if email == fam and fam:
        flags.append("family_email")
    if email and rng.random() < 0.04:
        local, dom = email.split("@")
        email = rng.choice([local.capitalize() + "@" + dom, email.upper(),
                            ".".join(x.capitalize() for x in local.split(".")) + "@" + dom.capitalize()])
    if email and rng.random() < 0.008:
        local, dom = email.split("@")
        email = typo(rng, local) + "@" + dom
    # phone
    choices, weights = [], []
    if job["desk"]:
        choices.append("desk"); weights.append(45)
    if p["cell"]:
        choices.append("cell"); weights.append(40)
    if hh["landline"]:
        choices.append("home"); weights.append(12 if p["role"] != "child" else 6)
    choices.append("none"); weights.append(14)
    which = rng.choices(choices, weights)[0]
    phone = ""
    style = emp["phone_style"] if rng.random() < 0.6 else None
    if which == "desk":
        d = job["desk"]
        ext = job["ext"] if job["ext"] and rng.random() < 0.93 else None
        phone = fmt_phone(rng, d, ext, style)
        flags.append("desk_phone")
    elif which in ("cell", "home"):
        d = p["cell"] if which == "cell" else hh["landline"]
        if rng.random() < 0.012:
            d = digits_typo(rng, d)
        phone = fmt_phone(rng, d, None, style)
        if which == "home":
            flags.append("home_phone")
    # organization, title
    org = emp["variants"].pick(rng)
    if rng.random() < 0.01:
        org = typo(rng, org)
    if emp["caps"]:
        org = org.upper()
    if rng.random() < 0.006:
        org = ""
    title = job["title"]
    if rng.random() < 0.25:
        for a, b in TITLE_VARIANTS:
            if a in title:
                title = title.replace(a, b)
                break
    if rng.random() < 0.05:
        title = title.upper() if rng.random() < 0.5 else title.lower()
    if rng.random() < 0.15:
        title = ""
    # address
    home_p, site_p = emp["addr_mix"]
    r = rng.random()
    street = city = state = zipc = ""
    addr = None
    if r < home_p:
        addr = home
        flags.append("home_addr")
    elif r < home_p + site_p:
        addr = emp["sites"][job["site"]]
    if addr:
        street = render_street(rng, addr) if rng.random() < 0.92 else ""
        city = render_city(rng, addr["city"]) if rng.random() < 0.93 else ""
        state = rng.choices(["OH", "Ohio", "oh", "OHIO", ""], [78, 9, 3, 2, 8])[0]
        zipc = addr["zip"]
        z = rng.random()
        if z < 0.07:
            zipc += "-" + addr["plus4"]
        elif z < 0.14:
            zipc = ""
        if emp["caps"] or rng.random() < 0.03:
            street, city = street.upper(), city.upper()
    elif rng.random() < 0.15:            # only a city and state
        city = render_city(rng, (home if rng.random() < 0.5 else emp["sites"][job["site"]])["city"])
        state = "OH"
    row = [first, last, email, phone, org, title, street, city, state, zipc]
    if sum(1 for x in row if x.strip()) < 3 or not any(x.strip() for x in row[1:]):
        row[4] = emp["variants"].items[0]
    return row, flags


def generate(data_path, truth_path, records=10000, seed=11, label=None, meta_path=None):
    """Writes the data and truth CSVs; returns (records, persons, seconds, stats)."""
    started = time.time()
    rng = Random(seed * 7919 + 1)          # rendering draws from its own stream
    W, persons, households = build(records, seed)
    rows = []
    for p in persons:
        if p["n"] <= 0:
            continue
        hh = households[p["hh"] - 1]
        n, jobs = p["n"], p["jobs"]
        plan = [0] * n
        if len(jobs) == 2:
            k = rng.randint(1, n - 1)
            plan = [0] * k + [1] * (n - k)
        maiden_rows = set()
        if "surname_change" in p["flags"]:
            if len(jobs) == 2 and "job_change" in p["flags"]:
                maiden_rows = {i for i in range(n) if plan[i] == 0}
            else:
                maiden_rows = {rng.randrange(n)}
        moved_rows = set()
        if p["old_home"]:
            moved_rows = {i for i in range(n) if rng.random() < 0.5} or {0}
        prev = None
        for i in range(n):
            job = jobs[plan[i]]
            home = p["old_home"] if i in moved_rows else hh["home"]
            if prev is not None and prev[0] is job and rng.random() < 0.06:
                row, flags = list(prev[1]), prev[2] + ["exact_repeat"]     # the same row twice in the roster
            else:
                row, flags = render(rng, W, p, job, home, hh, i in maiden_rows)
            prev = (job, row, flags)
            rows.append((row, p, job, flags))
    rng.shuffle(rows)
    label = label or os.path.basename(data_path)
    header_key = [h.lower() for h in HEADER]
    with open(data_path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(HEADER)
        for row, _, _, _ in rows:
            assert [x.lower() for x in row] != header_key and sum(1 for x in row if x.strip()) >= 3
            w.writerow(row)
    with open(truth_path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["file", "record", "truth"])
        for i, (_, p, _, _) in enumerate(rows, 1):
            w.writerow([label, i, p["id"]])
    if meta_path:
        with open(meta_path, "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(["record", "person", "household", "role", "sex", "birth_year", "given", "surname",
                        "maiden", "suffix", "nick", "employer", "person_flags", "row_flags"])
            for i, (_, p, job, flags) in enumerate(rows, 1):
                w.writerow([i, p["id"], f"H{p['hh']:05d}", p["role"], p["sex"], p["birth"], p["given"],
                            p["surname"], p["maiden"] or "", p["suffix"], p["nick"] or "", job["emp"]["name"],
                            " ".join(p["flags"]), " ".join(flags)])
    return len(rows), sum(1 for p in persons if p["n"] > 0), time.time() - started, stats(persons, households)


def stats(persons, households):
    live = [p for p in persons if p["n"] > 0]
    full = {}
    for p in live:
        full.setdefault((p["given"].lower(), p["surname"].lower()), []).append(p)
    namesake_pairs = sum(len(v) * (len(v) - 1) // 2 for v in full.values())
    namesake_people = sum(len(v) for v in full.values() if len(v) > 1)
    flags = {}
    for p in live:
        for f in p["flags"]:
            flags[f] = flags.get(f, 0) + 1
    hh_used = {p["hh"] for p in live}
    sizes = {}
    for h in households:
        k = sum(1 for m in h["members"] if m["n"] > 0)
        if k:
            sizes[k] = sizes.get(k, 0) + 1
    return {"persons": len(live), "households": len(hh_used), "household_sizes": dict(sorted(sizes.items())),
            "namesake_pairs": namesake_pairs, "people_with_a_namesake": namesake_people,
            "records_per_person": {k: sum(1 for p in live if p["n"] == k) for k in (1, 2, 3, 4)},
            "flags": dict(sorted(flags.items()))}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--records", type=int, default=10000)
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--out", default="employees.csv")
    ap.add_argument("--truth", default=None, help="default: OUT with .truth.csv")
    ap.add_argument("--label", default=None, help="the file name written in the truth's file column "
                                                  "(default: OUT's base name)")
    ap.add_argument("--meta", default=None, help="also write each row's person, household, role and noise flags")
    args = ap.parse_args()
    truth = args.truth or os.path.splitext(args.out)[0] + ".truth.csv"
    n, people, seconds, st = generate(args.out, truth, args.records, args.seed, args.label, args.meta)
    print(f"employees.py: {n} records of {people} people in {st['households']} households, {seconds:.1f} s",
          file=sys.stderr)
    for k, v in st.items():
        print(f"  {k}: {v}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
