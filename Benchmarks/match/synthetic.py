#!/usr/bin/env python3
"""Realistic, hard synthetic contact lists for a regional workforce partnership, with the truth.

    synthetic.py --count 100000 --seed 7 --out .build/bench-match/synthetic_100k.csv
        [--truth PATH]       (default: OUT with .truth.csv)
        [--file-label NAME]  (the `file` column of the truth; default: OUT's base name)

What a convener's merged export looks like after a year of sign-in sheets, RSVP lists, employer rosters and
ticket sales: "First Name","Last Name","Email","Phone","Organization","Job Title","Street","City","State","Zip".
Truth = the person. Nothing here is tuned to any engine; the world is drawn first, then the mess:

- Names: US given names by sex with approximate frequencies (a few very common), a long tail of rarer names;
  US surnames with approximate Census 2010 shares (Smith ~0.8% …, ~300 listed) and a long syllable-built tail
  (~75% of people, as in the Census). One metro region, so city and state say little.
- Organizations: businesses and public partners, sizes Zipf-skewed (a few large employers); each has a domain,
  an e-mail pattern, a main line whose extensions staff give, a street address, name variants (Inc./LLC,
  abbreviations, acronyms), shared inboxes (info@, hr@, a team inbox) and a colleague who buys event tickets for
  the others with her own address.
- Households: partners and adult children share the street address, a landline and mostly the surname;
  sometimes the employer. Sr./Jr.: father and son with the same given and family name at the family firm,
  both on its main line, the suffix written only sometimes ("Jr.", "Sr.", "II", "III").
- E-mail: work addresses from each employer's pattern, personal ones at free-mail providers; an address is
  one account's, so a namesake who wants a taken one gets it with a number (janice.torburn2@gmail.com).
- Life events: job changers (old and new employer, work e-mail, phone, title), surname changers (marriage:
  new surname, personal e-mail kept), nicknames (Bob/Robert … on ~10% of appearances).
- Each person appears 1..5 times (skewed: most once, ~1.6 records per person), each appearance in a different
  list, with typos (1 edit, ~5% per name), "Last, First" and whole names in one cell, swapped names, case
  changes, missing fields, phone formats and extensions, title variants, address variants.

Deterministic for a seed (Python's `random.Random`; no set iteration). Streams: records go to on-disk buckets
which are shuffled one at a time, so 1M rows need little memory. Python is used at benchmark time only.
"""
import argparse
import csv
import os
import random
import sys
import tempfile
import time
from bisect import bisect
from itertools import accumulate

HEADER = ["First Name", "Last Name", "Email", "Phone", "Organization", "Job Title", "Street", "City", "State", "Zip"]

# --- given names (approximate shares of the working-age population, per sex, in %) -------------------------
MALE = """James 2.6 Michael 2.6 John 2.4 Robert 2.3 David 2.2 William 1.9 Christopher 1.5 Richard 1.2
Joseph 1.2 Thomas 1.1 Daniel 1.1 Matthew 1.0 Charles 0.95 Mark 0.85 Anthony 0.8 Steven 0.75 Brian 0.75
Kevin 0.7 Jason 0.7 Paul 0.65 Andrew 0.65 Joshua 0.65 Kenneth 0.6 Eric 0.6 Ryan 0.55 Timothy 0.55
Jeffrey 0.55 Donald 0.5 Gary 0.5 Ronald 0.5 Scott 0.45 Stephen 0.45 Edward 0.45 Jose 0.45 Justin 0.4
Brandon 0.4 George 0.4 Gregory 0.35 Jonathan 0.35 Nicholas 0.35 Patrick 0.3 Frank 0.3 Raymond 0.3
Benjamin 0.3 Adam 0.3 Samuel 0.28 Larry 0.28 Tyler 0.28 Aaron 0.27 Jeremy 0.26 Jacob 0.26 Dennis 0.25
Zachary 0.24 Peter 0.24 Kyle 0.24 Douglas 0.23 Nathan 0.23 Walter 0.22 Jerry 0.22 Keith 0.21 Carl 0.2
Juan 0.2 Terry 0.2 Sean 0.2 Christian 0.2 Roger 0.19 Gerald 0.19 Henry 0.19 Travis 0.18 Arthur 0.17
Lawrence 0.17 Jesse 0.17 Dylan 0.17 Austin 0.17 Ethan 0.16 Carlos 0.16 Jordan 0.16 Bryan 0.15 Luis 0.15
Shawn 0.15 Alan 0.15 Joe 0.14 Albert 0.14 Roy 0.14 Bruce 0.14 Wayne 0.13 Harold 0.13 Russell 0.13 Billy 0.12
Victor 0.12 Bobby 0.12 Cody 0.12 Alexander 0.12 Randy 0.12 Eugene 0.11 Louis 0.11 Howard 0.11 Philip 0.11
Phillip 0.1 Vincent 0.1 Todd 0.1 Craig 0.1 Jack 0.1 Martin 0.1 Miguel 0.1 Antonio 0.1 Marcus 0.1 Derek 0.09
Chad 0.09 Johnny 0.09 Mario 0.08 Ricardo 0.07 Curtis 0.08 Jimmy 0.08 Dustin 0.08 Shane 0.08 Corey 0.08
Ernest 0.08 Darren 0.06 Frederick 0.06 Leonard 0.06 Darnell 0.05 Tyrone 0.05 DeShawn 0.04 Jamal 0.05
Mohammed 0.05 Ahmed 0.04 Wei 0.03 Hung 0.02 Raj 0.03 Francisco 0.07 Jesus 0.07 Manuel 0.06 Alejandro 0.06
Noah 0.07 Logan 0.07 Evan 0.07 Caleb 0.07 Connor 0.06 Isaac 0.06 Hunter 0.05 Mitchell 0.06 Trevor 0.06
Marc 0.05 Glenn 0.06 Dale 0.06 Allen 0.06 Stanley 0.06 Ray 0.05 Francis 0.04 Lee 0.04 Clifford 0.04"""
FEMALE = """Mary 2.0 Jennifer 1.7 Elizabeth 1.4 Linda 1.3 Patricia 1.3 Susan 1.1 Jessica 1.1 Sarah 1.0
Karen 1.0 Lisa 1.0 Nancy 0.9 Barbara 0.9 Margaret 0.8 Sandra 0.8 Ashley 0.8 Kimberly 0.8 Emily 0.75
Donna 0.7 Michelle 0.7 Carol 0.65 Amanda 0.65 Melissa 0.65 Deborah 0.6 Stephanie 0.6 Rebecca 0.55
Laura 0.55 Sharon 0.5 Cynthia 0.5 Kathleen 0.5 Amy 0.5 Angela 0.5 Shirley 0.4 Anna 0.4 Brenda 0.4
Pamela 0.4 Nicole 0.4 Emma 0.35 Samantha 0.35 Katherine 0.35 Christine 0.35 Debra 0.35 Rachel 0.33
Catherine 0.32 Carolyn 0.3 Janet 0.3 Ruth 0.28 Maria 0.3 Heather 0.3 Diane 0.3 Virginia 0.25 Julie 0.3
Joyce 0.25 Victoria 0.25 Olivia 0.25 Kelly 0.28 Christina 0.28 Lauren 0.25 Joan 0.22 Evelyn 0.2
Judith 0.22 Megan 0.25 Cheryl 0.22 Andrea 0.22 Hannah 0.2 Martha 0.2 Jacqueline 0.2 Frances 0.18
Gloria 0.18 Ann 0.2 Teresa 0.2 Kathryn 0.18 Sara 0.18 Janice 0.18 Jean 0.18 Alice 0.16 Madison 0.16
Doris 0.14 Abigail 0.15 Julia 0.16 Judy 0.15 Grace 0.15 Denise 0.16 Amber 0.16 Marilyn 0.14 Beverly 0.14
Danielle 0.16 Theresa 0.15 Sophia 0.14 Marie 0.15 Diana 0.15 Brittany 0.16 Natalie 0.14 Isabella 0.1
Charlotte 0.1 Rose 0.12 Alexis 0.12 Kayla 0.13 Tiffany 0.13 Tammy 0.13 Crystal 0.13 Erin 0.13 Tracy 0.12
Dawn 0.12 Wendy 0.12 Lori 0.12 Vanessa 0.11 Monica 0.11 Erica 0.11 Veronica 0.1 Yolanda 0.08 Rosa 0.08
Guadalupe 0.07 Keisha 0.05 Latoya 0.06 Tasha 0.05 Ebony 0.05 Aaliyah 0.04 Mei 0.03 Priya 0.03 Fatima 0.04
Ana 0.08 Carmen 0.08 Alicia 0.1 Leslie 0.1 Robin 0.1 Holly 0.1 Kristen 0.11 Courtney 0.11 Jill 0.09
Stacy 0.09 Suzanne 0.07 Valerie 0.09 Gabrielle 0.06 Alexandra 0.08 Jacquelyn 0.04 Kristin 0.08
Chris 0.02 Pat 0.01 Kim 0.05 Sue 0.03 Peggy 0.05 Beth 0.06 Jamie 0.07 Casey 0.04 Jordan 0.04 Taylor 0.06"""
TAIL_GIVEN_SHARE = 0.18  # mass of rarer given names outside the tables

# --- surnames: Census 2010 approximate shares (%), top 100 given; the next 200 at a power-law decay -------
SURNAMES_TOP = """Smith .828 Johnson .655 Williams .551 Brown .487 Jones .483 Garcia .394 Miller .394 Davis .379
Rodriguez .370 Martinez .361 Hernandez .357 Lopez .295 Gonzalez .288 Wilson .266 Anderson .265 Thomas .252
Taylor .250 Moore .241 Jackson .236 Martin .235 Lee .233 Perez .224 Thompson .222 White .221 Harris .206
Sanchez .205 Clark .187 Ramirez .185 Lewis .179 Robinson .177 Walker .171 Young .162 Allen .161 King .160
Wright .156 Scott .150 Torres .149 Nguyen .148 Hill .147 Flores .146 Green .145 Adams .143 Nelson .143
Baker .141 Hall .135 Rivera .131 Campbell .129 Mitchell .127 Carter .126 Roberts .125 Gomez .122
Phillips .121 Evans .120 Turner .119 Diaz .118 Parker .116 Cruz .115 Edwards .114 Collins .114 Reyes .113
Stewart .111 Morris .109 Morales .109 Murphy .107 Cook .106 Rogers .105 Gutierrez .104 Ortiz .103
Morgan .103 Cooper .102 Peterson .101 Bailey .100 Reed .098 Kelly .097 Howard .096 Ramos .095 Kim .094
Cox .094 Ward .094 Richardson .093 Watson .092 Brooks .091 Chavez .091 Wood .090 James .090 Bennett .088
Gray .087 Mendoza .087 Ruiz .086 Hughes .085 Price .085 Alvarez .085 Castillo .084 Sanders .084
Patel .084 Myers .083 Long .083 Ross .083 Foster .082"""
SURNAMES_NEXT = """Jimenez Powell Jenkins Perry Russell Sullivan Bell Coleman Butler Henderson Barnes Gonzales
Fisher Vasquez Simmons Romero Jordan Patterson Alexander Hamilton Graham Reynolds Griffin Wallace Moreno West
Cole Hayes Bryant Herrera Gibson Ellis Tran Medina Aguilar Stevens Murray Ford Castro Marshall Owens Harrison
Fernandez McDonald Woods Washington Kennedy Wells Vargas Henry Chen Freeman Webb Tucker Guzman Burns Crawford
Olson Simpson Porter Hunter Gordon Mendez Silva Shaw Snyder Mason Dixon Munoz Hunt Hicks Holmes Palmer Wagner
Black Robertson Boyd Rose Stone Salazar Fox Warren Mills Meyer Rice Schmidt Garza Daniels Ferguson Nichols
Stephens Soto Weaver Ryan Gardner Payne Grant Dunn Kelley Spencer Hawkins Arnold Pierce Vazquez Hansen Peters
Santos Hart Bradley Knight Elliott Cunningham Duncan Armstrong Hudson Carroll Lane Riley Andrews Alvarado Ray
Delgado Berry Perkins Hoffman Johnston Matthews Pena Richards Contreras Willis Carpenter Lawrence Sandoval
Guerrero George Chapman Rios Estrada Ortega Watkins Greene Nunez Wheeler Valdez Harper Burke Larson Santiago
Maldonado Morrison Franklin Carlson Austin Dominguez Carr Lawson Jacobs Obrien Lynch Singh Vega Bishop
Montgomery Oliver Jensen Harvey Williamson Gilbert Dean Sims Espinoza Howell Li Wong Reid Hanson Le McCoy
Garrett Burton Fuller Wang Weber Welch Rojas Lucas Marquez Fields Park Yang Little Banks Padilla Day Walsh
Bowman Schultz Luna Fowler Mejia Davidson Acosta Brewer May Holland Juarez Newman Pearson Curtis Cortez
Douglas Schneider Joseph Barrett Navarro Figueroa Keller Avila Wade Molina Stanley Hopkins Campos Barnett
Bates Chambers Caldwell Beck Lambert Miranda Byrd Craig Ayala Lowe Frazier Powers Neal Leonard Gregory
Carrillo Sutton Fleming Rhodes Shelton Schwartz Norris Jennings Watts Duran Walters Cohen McDaniel Moran
Parks Steele Vaughn Becker Holt Deleon Barker Terry Hale Leon Hail Benson Haynes Horton Miles Lyons Pham
Graves Bush Thornton Wolfe Warner Cabrera McKinney Mann Zimmerman Dawson Lara Fletcher Page McCarthy Love
Robles Cervantes Solis Erickson Reeves Chang Klein Salinas Fuentes Baldwin Daniel Simon Velasquez Hardy
Higgins Aguirre Lin Cummings Chandler Sharp Barber Bowen Ochoa Dennis Robbins Liu Ramsey Francis Griffith
Paul Blair Oconnor Cardenas Pacheco Cross Calderon Quinn Moss Swanson Chan Rivas Khan Rodgers Serrano
Fitzgerald Rosales Stevenson Christensen Manning Gill Curry McLaughlin Harmon McGee Gross Doyle Garner
Newton Burgess Reese Walton Blake Trujillo Adkins Brady Goodman Roman Webster Goodwin Fischer Huang Potter
Delacruz Montoya Todd Wu Hines Mullins Castaneda Malone Cannon Tate Mack Sherman Hubbard Hodges Zhang
Guerra Wolf Valencia Saunders Franco Rowe Gallagher Farmer Hammond Hampton Townsend Ingram Wise Gallegos
Clarke Barton Schroeder Maxwell Waters Logan Camacho Strickland Norman Person Colon Parsons Frank Harrington
Glover Osborne Buchanan Casey Floyd Patton Ibarra Ball Tyler Suarez Bowers Orozco Salas Cobb Gibbs Andrade
Bauer Conner Moody Escobar McGuire Lloyd Mueller Hartman French Kramer McBride Pope Lindsey Velazquez Norton
McCormick Sparks Flynn Yates Hogan Marsh Macias Villanueva Zamora Pratt Stokes Owen Ballard Lang Brock
Villarreal Charles Drake Barrera Cain Patrick Pineda Burnett Mercado Santana Shepherd Bautista Ali Shaffer
Lamb Trevino McKenzie Hess Beil Olsen Cochran Morton Nash Wilkins Petersen Briggs Shah Roth Nicholson Holloway
Lozano Rangel Flowers Hoover Short Arias Mora Valenzuela Bryan Meyers Weiss Underwood Bass Greer Summers
Houston Carson Morrow Clayton Whitaker Decker Yoder Collier Zuniga Carey Wilcox Melendez Poole Roberson Larsen
Conley Davenport Copeland Massey Lam Huff Rocha Cameron Jefferson Hood Monroe Anthony Pittman Huynh Randall
Singleton Kirk Combs Mathis Christian Skinner Bradford Richard Galvan Wall Boone Kirby Wilkinson Bridges
Bruce Atkinson Velez Meza Roy Vincent York Hodge Villa Abbott Allison Tapia Gates Chase Sosa Sweeney Farrell
Wyatt Dalton Horn Barron Phelps Yu Dickerson Heath Foley Atkins Mathews Bonilla Acevedo Benitez Zavala
Hensley Glenn Cisneros Harrell Shields Rubio Huffman Choi Boyer Garrison Arroyo Bond Kane Hancock Callahan
Dillon Cline Wiggins Grimes Arellano Melton Oneill Savage Ho Beltran Pitts Parrish Ponce Rich Booth Koch
Golden Ware Brennan McDowell Marks Cantu Humphrey Baxter Sawyer Clay Tanner Hutchinson Kaur Berg Wiley
Gilmore Russo Villegas Hobbs Keith Wilkerson Ahmed Beard McClain Montes Mata Rosario Vang Walter Henson
Oneal Mosley McClure Beasley Stephenson Snow Huerta Preston Vance Barry Johns Eaton Blackwell Dyer Prince
Macdonald Solomon Guevara Stafford English Hurst Woodard Cortes Shannon Kemp Nolan McCullough Merritt
Murillo Moon Salgado Strong Kline Cordova Barajas Roach Rosas Winters Jacobson Lester Knox Bullock Kerr
Leach Meadows Orr Davila Whitehead Pruitt Kent Conway McKee Barr David Dejesus Marin Berger McIntyre Blankenship
Gaines Palacios Cuevas Bartlett Durham Dorsey McCall Odonnell Stein Browning Stout Lowery Sloan McLean
Hendricks Calhoun Sexton Chung Gentry Hull Duarte Ellison Nielsen Gillespie Buck Middleton Sellers Leblanc
Esparza Hardin Bradshaw McIntosh Howe Livingston Frost Glass Morse Knapp Herman Stark Bravo Noble Spears
Weeks Corona Frederick Buckley McFarland Hebert Enriquez Hickman Quintero Randolph Schaefer Walls Trejo
House Reilly Pennington Michael Conrad Giles Benjamin Crosby Fitzpatrick Donovan Mays Mahoney Valentine
Raymond Medrano Hahn McMillan Small Bentley Felix Peck Lucero Boyle Hanna Pace Rush Hurley Harding McConnell
Bernal Nava Ayers Everett Ventura Avery Pugh Mayer Bender Shepard McMahon Landry Case Sampson Moses Magana
Blackburn Dunlap Gould Duffy Vaughan Herring McKay Espinosa Rivers Farley Bernard Ashley Friedman Potts
Truong Costa Correa Blevins Nixon Clements Fry Delarosa Best Benton Lugo Portillo Dougherty Crane Haley
Phan Villalobos Blanchard Horne Finley Quintana Lynn Esquivel Bean Dodson Mullen Xiong Hayden Cano Levy
Huber Richmond Moyer Lim Frye Sheppard McCarty Avalos Booker Waller Parra Woodward Jaramillo Krueger Rasmussen
Brandt Peralta Donaldson Stuart Faulkner Maynard Galindo Coffey Estes Sanford Burch Maddox Vo Oconnell Vu
Andersen Spence McPherson Church Schmitt Stanton Leal Cherry Compton Dudley Sierra Pollard Alfaro Hester
Proctor Lu Hinton Novak Good Madden McCann Terrell Jarvis Dickson Reyna Cantrell Mayo Branch Hendrix Rollins
Rowland Whitney Duke Odom Daugherty Travis Tang Archer"""

NICKNAMES = {
    "Robert": ["Bob", "Rob", "Bobby"], "William": ["Bill", "Will", "Billy"], "James": ["Jim", "Jimmy", "Jamie"],
    "John": ["Jack", "Johnny"], "Richard": ["Rick", "Rich", "Dick"], "Michael": ["Mike", "Mikey"],
    "Thomas": ["Tom", "Tommy"], "Charles": ["Charlie", "Chuck"], "Joseph": ["Joe", "Joey"],
    "Christopher": ["Chris"], "Daniel": ["Dan", "Danny"], "Matthew": ["Matt"], "Anthony": ["Tony"],
    "Steven": ["Steve"], "Stephen": ["Steve"], "Edward": ["Ed", "Eddie", "Ted"], "Kenneth": ["Ken", "Kenny"],
    "Donald": ["Don"], "Ronald": ["Ron"], "Timothy": ["Tim"], "Jeffrey": ["Jeff"], "Gregory": ["Greg"],
    "Andrew": ["Andy", "Drew"], "Joshua": ["Josh"], "Nicholas": ["Nick"], "Benjamin": ["Ben"],
    "Samuel": ["Sam"], "Jonathan": ["Jon"], "Patrick": ["Pat"], "Lawrence": ["Larry"], "Gerald": ["Jerry"],
    "Raymond": ["Ray"], "Douglas": ["Doug"], "Peter": ["Pete"], "Alexander": ["Alex"], "Zachary": ["Zach"],
    "Frederick": ["Fred"], "Phillip": ["Phil"], "Philip": ["Phil"], "Walter": ["Walt"], "Eugene": ["Gene"],
    "Leonard": ["Len", "Lenny"], "Albert": ["Al"], "Vincent": ["Vince"], "David": ["Dave"],
    "Francisco": ["Paco"], "Jose": ["Pepe"], "Harold": ["Hal"], "Jacob": ["Jake"], "Nathan": ["Nate"],
    "Elizabeth": ["Liz", "Beth", "Betsy"], "Jennifer": ["Jen", "Jenny"], "Katherine": ["Kate", "Katie", "Kathy"],
    "Catherine": ["Cathy", "Kate"], "Kathleen": ["Kathy", "Kate"], "Margaret": ["Maggie", "Peggy", "Meg"],
    "Patricia": ["Pat", "Patty", "Trish"], "Susan": ["Sue", "Suzy"], "Deborah": ["Debbie", "Deb"],
    "Debra": ["Debbie", "Deb"], "Barbara": ["Barb"], "Kimberly": ["Kim"], "Rebecca": ["Becky", "Becca"],
    "Jessica": ["Jess", "Jessie"], "Christine": ["Chris", "Chrissy"], "Christina": ["Tina", "Chris"],
    "Samantha": ["Sam"], "Victoria": ["Vicky", "Tori"], "Abigail": ["Abby"], "Alexandra": ["Alex", "Lexi"],
    "Pamela": ["Pam"], "Cynthia": ["Cindy"], "Melissa": ["Missy", "Mel"], "Amanda": ["Mandy"],
    "Stephanie": ["Steph"], "Theresa": ["Terri"], "Teresa": ["Terri"], "Judith": ["Judy"],
    "Jacqueline": ["Jackie"], "Sandra": ["Sandy"], "Angela": ["Angie"], "Valerie": ["Val"],
    "Suzanne": ["Sue"], "Frances": ["Fran"], "Virginia": ["Ginny"], "Madison": ["Maddie"],
    "Danielle": ["Dani"], "Gabrielle": ["Gabby"], "Natalie": ["Nat"], "Kristen": ["Kris"], "Kathryn": ["Kate", "Katie"],
}

SYL1 = ("Al Bar Bel Ber Bran Bro Cal Car Cas Chan Cor Dal Dan Del Dor Dra Dun El Far Fen Gal Gar Gil Gor "
        "Hal Har Hel Hol Ja Jen Kal Kar Ken Kir Lam Lan Lar Lin Lo Mal Mar Mel Mor Nal Nor Ol Pal Par Pel Quin "
        "Ral Ran Ros Sal San Sel Sha Sor Tal Tam Ten Tor Val Van Ver Wal War Wes Wil Yar Zel Ab Ash Bre Chi "
        "Da Ev Ha Ib Ka Le Mi Na Ra Sa Ta Ze Ko Ma Ni Ru Su Yo").split()
SYL2 = ("a an ar as da de den der do el en er ett i ia in is ka la le ley li lo ly ma me mi na ne ni no o on "
        "or ra re ri ro sa se son ta te ter ti to va ve vi wen win ya yn").split()
SYL3 = ("berg burn by dale den field ford ham hart ington kins land ley low man mann ner ney rick ridge sen "
        "ski son stein ston ton vich wood worth z ez ova ini elli ak").split()

# --- the region: one metro area (most people), a few cities elsewhere --------------------------------------
CITIES = [  # city, state, zips, area codes, weight
    ("Columbus", "OH", ["43201", "43202", "43204", "43205", "43206", "43207", "43209", "43210", "43211", "43212",
                        "43213", "43214", "43215", "43219", "43222", "43223", "43224", "43227", "43228", "43229",
                        "43231", "43232", "43235"], ["614", "380"], 40),
    ("Dublin", "OH", ["43016", "43017"], ["614"], 5), ("Westerville", "OH", ["43081", "43082"], ["614"], 5),
    ("Hilliard", "OH", ["43026"], ["614"], 4), ("Grove City", "OH", ["43123"], ["614"], 4),
    ("Gahanna", "OH", ["43230"], ["614"], 3), ("Reynoldsburg", "OH", ["43068"], ["614"], 3),
    ("Upper Arlington", "OH", ["43220", "43221"], ["614"], 3), ("Worthington", "OH", ["43085"], ["614"], 2),
    ("Pickerington", "OH", ["43147"], ["614"], 2), ("Delaware", "OH", ["43015"], ["740"], 3),
    ("Newark", "OH", ["43055"], ["740"], 3), ("Lancaster", "OH", ["43130"], ["740"], 3),
    ("Marysville", "OH", ["43040"], ["937"], 2), ("Powell", "OH", ["43065"], ["614"], 2),
    ("Lewis Center", "OH", ["43035"], ["740"], 2), ("Groveport", "OH", ["43125"], ["614"], 1),
    ("Canal Winchester", "OH", ["43110"], ["614"], 1), ("London", "OH", ["43140"], ["740"], 1),
    ("Circleville", "OH", ["43113"], ["740"], 1),
    ("Cincinnati", "OH", ["45202", "45206", "45219"], ["513"], 2), ("Cleveland", "OH", ["44113", "44114"], ["216"], 2),
    ("Dayton", "OH", ["45402", "45409"], ["937"], 2), ("Indianapolis", "IN", ["46204", "46225"], ["317"], 1),
    ("Pittsburgh", "PA", ["15222"], ["412"], 1), ("Chicago", "IL", ["60601", "60606"], ["312"], 1),
    ("Detroit", "MI", ["48226"], ["313"], 0.6), ("Louisville", "KY", ["40202"], ["502"], 0.5),
]
STATE_NAMES = {"OH": "Ohio", "IN": "Indiana", "PA": "Pennsylvania", "IL": "Illinois", "MI": "Michigan",
               "KY": "Kentucky"}
COUNTIES = ["Franklin", "Delaware", "Licking", "Fairfield", "Union", "Madison", "Pickaway", "Marion", "Knox",
            "Morrow", "Champaign", "Ross", "Perry", "Hocking"]
PLACES = ["Central Ohio", "Columbus", "Mid-Ohio", "Scioto", "Olentangy", "Riverside", "Buckeye", "Capital",
          "Heartland", "Northland", "Southside", "Eastside", "Westgate", "German Village", "Clintonville",
          "Easton", "Polaris", "Linden", "Hilltop", "Short North", "Franklinton", "Darby Creek", "Big Walnut",
          "Alum Creek", "Hoover", "Blendon", "Crossroads", "Gateway", "Harbor", "Summit", "Pinnacle", "Keystone"]
WORDS = ["Apex", "Summit", "Pioneer", "Liberty", "Frontier", "Keystone", "Beacon", "Cornerstone", "Evergreen",
         "Horizon", "Landmark", "Meridian", "Northstar", "Paragon", "Premier", "Quantum", "Sterling", "Titan",
         "Vanguard", "Vertex", "Allied", "Advanced", "American", "United", "National", "Precision", "Quality",
         "Reliable", "Superior", "Integrated", "Dynamic", "Strategic", "Blue Ridge", "Red Oak", "Iron Bridge",
         "Stonegate", "Silver Line", "Golden Arrow", "Eagle", "Falcon", "Lion", "Crescent", "Harmony", "Unity"]
INDUSTRIES = [  # name, abbreviation or None, titles pool key
    ("Manufacturing", "Mfg.", "plant"), ("Machine Works", None, "plant"), ("Tool & Die", None, "plant"),
    ("Plastics", None, "plant"), ("Metal Fabrication", "Metal Fab", "plant"), ("Logistics", None, "ops"),
    ("Distribution", None, "ops"), ("Trucking", None, "ops"), ("Warehousing", None, "ops"),
    ("Health System", None, "health"), ("Medical Center", None, "health"), ("Health Partners", None, "health"),
    ("Home Health Care", None, "health"), ("Dental Group", None, "health"), ("Construction", "Constr.", "trades"),
    ("Electric", None, "trades"), ("Plumbing & Heating", None, "trades"), ("Builders", None, "trades"),
    ("Roofing", None, "trades"), ("Technologies", "Tech", "it"), ("Software", None, "it"), ("Systems", None, "it"),
    ("Data Solutions", None, "it"), ("Insurance", "Ins.", "office"), ("Financial Group", "Financial", "office"),
    ("Credit Union", None, "office"), ("Bank", None, "office"), ("Associates", "Assoc.", "office"),
    ("Staffing", None, "hr"), ("Talent Solutions", None, "hr"), ("Foods", None, "plant"), ("Bakery", None, "plant"),
    ("Hospitality Group", None, "hosp"), ("Hotels", None, "hosp"), ("Restaurant Group", None, "hosp"),
    ("Retail", None, "retail"), ("Supply", None, "retail"), ("Automotive", "Auto", "plant"),
    ("Engineering", "Eng.", "it"), ("Property Management", None, "office"), ("Services", "Svcs.", "office"),
    ("Environmental", None, "trades"), ("Energy", None, "trades"), ("Packaging", None, "plant"),
]
PUBLIC = [  # pattern, kind, domain tld, titles key
    ("{county} County Workforce Development Board", "board", "org", "public"),
    ("OhioMeansJobs {county} County", "board", "org", "public"),
    ("{county} County Job and Family Services", "gov", "gov", "public"),
    ("{place} Community College", "college", "edu", "college"),
    ("{place} State Community College", "college", "edu", "college"),
    ("{place} Career Center", "school", "org", "school"),
    ("{city} City Schools", "school", "k12.oh.us", "school"),
    ("{city} Public Library", "library", "org", "public"),
    ("{city} Area Chamber of Commerce", "chamber", "org", "public"),
    ("{city} Economic Development Corporation", "gov", "org", "public"),
    ("City of {city}", "gov", "gov", "public"),
    ("{county} County Board of Commissioners", "gov", "gov", "public"),
    ("Goodwill {place}", "nonprofit", "org", "nonprofit"),
    ("{place} Community Action Agency", "nonprofit", "org", "nonprofit"),
    ("United Way of {place}", "nonprofit", "org", "nonprofit"),
    ("YWCA {city}", "nonprofit", "org", "nonprofit"),
    ("{place} Urban League", "nonprofit", "org", "nonprofit"),
    ("{place} Foundation", "nonprofit", "org", "nonprofit"),
    ("{place} Literacy Council", "nonprofit", "org", "nonprofit"),
    ("{place} Reentry Coalition", "nonprofit", "org", "nonprofit"),
]
TITLES = {
    "plant": ["Plant Manager", "Production Supervisor", "HR Manager", "Operations Manager", "Maintenance Technician",
              "Quality Engineer", "Machinist", "Owner", "President", "Training Coordinator", "Safety Manager",
              "Shift Supervisor", "Human Resources Generalist", "Vice President of Operations", "Recruiter"],
    "ops": ["Operations Manager", "Warehouse Supervisor", "Dispatcher", "HR Manager", "Fleet Manager",
            "Logistics Coordinator", "Director of Operations", "Recruiter", "Driver Recruiter", "General Manager"],
    "health": ["Nurse Manager", "Director of Nursing", "Talent Acquisition Specialist", "HR Business Partner",
               "Clinical Educator", "Registered Nurse", "Practice Manager", "Chief Nursing Officer",
               "Recruitment Manager", "Medical Assistant", "Workforce Development Manager"],
    "trades": ["Owner", "Project Manager", "Estimator", "Superintendent", "Foreman", "Office Manager",
               "Apprenticeship Coordinator", "Safety Director", "President", "Electrician"],
    "it": ["Software Engineer", "IT Manager", "Chief Technology Officer", "Recruiter", "Project Manager",
           "Director of Engineering", "Talent Acquisition Manager", "Developer", "Systems Administrator"],
    "office": ["Branch Manager", "Office Manager", "Controller", "Director of Human Resources", "Accountant",
               "Vice President", "Customer Service Manager", "HR Generalist", "Executive Assistant", "President"],
    "hr": ["Staffing Specialist", "Account Manager", "Recruiter", "Branch Manager", "Senior Recruiter",
           "Business Development Manager"],
    "hosp": ["General Manager", "Executive Chef", "HR Director", "Front Office Manager", "Banquet Manager",
             "Director of Sales"],
    "retail": ["Store Manager", "District Manager", "Assistant Manager", "HR Coordinator", "Owner"],
    "public": ["Executive Director", "Program Manager", "Workforce Development Specialist", "Career Coach",
               "Business Services Representative", "Case Manager", "Director of Economic Development",
               "Program Coordinator", "Grants Manager", "Deputy Director", "Youth Program Coordinator",
               "Employer Services Manager", "Policy Analyst", "Commissioner"],
    "college": ["Dean of Workforce Development", "Director of Career Services", "Professor", "Program Coordinator",
                "Academic Advisor", "Vice President of Workforce Development", "Apprenticeship Coordinator",
                "Instructor", "Director of Corporate Training"],
    "school": ["Principal", "Career Technical Education Coordinator", "Superintendent", "School Counselor",
               "Teacher", "Assistant Principal", "Work-Based Learning Coordinator"],
    "nonprofit": ["Executive Director", "Program Director", "Case Manager", "Volunteer Coordinator",
                  "Development Director", "Job Coach", "Community Outreach Coordinator", "Program Manager"],
}
TITLE_WORDS = [("Vice President", "VP"), ("Manager", "Mgr"), ("Director", "Dir."), ("Senior", "Sr."),
               ("Coordinator", "Coord."), ("Human Resources", "HR"), ("Assistant", "Asst."),
               ("Development", "Dev."), ("Operations", "Ops"), ("Specialist", "Spec.")]
STREETS = ["Main", "High", "Broad", "Oak", "Maple", "Park", "Cedar", "Elm", "Washington", "Lake", "Hill", "Walnut",
           "Spring", "Church", "Center", "Mill", "Cherry", "Sunset", "Jefferson", "Lincoln", "Madison", "Jackson",
           "Franklin", "Chestnut", "Pine", "Willow", "Hickory", "Riverside", "Meadow", "Forest", "Ridge", "Valley",
           "Olentangy River", "Sawmill", "Morse", "Cleveland", "Livingston", "Parsons", "Hamilton", "Refugee",
           "Karl", "Dublin Granville", "Schrock", "Polaris", "Bethel", "Henderson", "Kenny", "Fishinger",
           "Lane", "Northwest", "Tremont", "Reed", "Godown", "Cooper", "Stelzer", "Hudson", "Weber", "Oakland Park",
           "Innis", "Agler", "Sullivant", "Mound", "Town", "Long", "Gay", "Spring Valley", "Fifth", "Third",
           "Fourth", "Second", "First", "Sixth", "Indianola", "Summit", "Neil", "Kinnear", "Lennox", "Ackerman"]
STREET_TYPES = [("St", "Street", 30), ("Ave", "Avenue", 22), ("Rd", "Road", 20), ("Dr", "Drive", 12),
                ("Blvd", "Boulevard", 4), ("Ln", "Lane", 4), ("Ct", "Court", 3), ("Way", "Way", 2),
                ("Pkwy", "Parkway", 2), ("Pl", "Place", 1)]
DIRS = [("N", "North"), ("S", "South"), ("E", "East"), ("W", "West")]
FREE_MAIL = [("gmail.com", 50), ("yahoo.com", 16), ("hotmail.com", 7), ("outlook.com", 7), ("aol.com", 5),
             ("icloud.com", 5), ("att.net", 3), ("comcast.net", 2), ("sbcglobal.net", 2), ("wowway.com", 1),
             ("msn.com", 2)]
WORK_PATTERNS = [("first.last", 45), ("flast", 25), ("f.last", 8), ("firstl", 5), ("first_last", 5),
                 ("first", 4), ("lastf", 5), ("last.first", 3)]
TEAM_INBOXES = ["workforce", "partnerships", "businessservices", "employerservices", "talent", "events",
                "careers", "training", "recruiting", "office"]


def join_syllables(*parts):
    """Syllables joined without doubled vowels ("Nani" + "ington" → "Nanington"), capitalized once."""
    out = ""
    for part in parts:
        if out and part and out[-1].lower() in "aeiouy" and part[0].lower() in "aeiouy":
            part = part[1:]
        out += part.lower()
    return out[:1].upper() + out[1:]


def weighted(items):
    """(values, cumulative weights) for bisect sampling."""
    return [v for v, _ in items], list(accumulate(w for _, w in items))


class Pick:
    """Fast weighted choice: bisect on cumulative weights."""
    __slots__ = ("values", "cum", "total", "rng")

    def __init__(self, rng, items):
        self.values, self.cum = weighted(items)
        self.total = self.cum[-1]
        self.rng = rng

    def __call__(self):
        return self.values[bisect(self.cum, self.rng.random() * self.total)]


def parse_pairs(text):
    toks = text.split()
    return [(toks[i], float(toks[i + 1])) for i in range(0, len(toks), 2)]


class World:
    def __init__(self, rng, persons):
        self.rng = rng
        r = rng
        # Given names: the tables plus a tail of rarer, syllable-built names (Zipf within the tail).
        tail_n = 4000
        def tail(first_syl, endings):
            names, seen, attempts = [], set(), 0
            while len(names) < tail_n and attempts < 50 * tail_n:
                attempts += 1
                n = join_syllables(r.choice(first_syl), r.choice(SYL2), r.choice(endings) if r.random() < 0.6 else "")
                if n not in seen and len(n) >= 4:
                    seen.add(n)
                    names.append(n)
            return names
        male_tail = tail(SYL1, ["n", "o", "an", "el", "on", "us", "er", "ick", "ian", "en"])
        female_tail = tail(SYL1, ["a", "ia", "ie", "ey", "elle", "ina", "ah", "lyn", "ette", "i"])
        def given_table(text, tail_names):
            listed = parse_pairs(text)
            total = sum(w for _, w in listed)
            scale = (1 - TAIL_GIVEN_SHARE) / total
            zipf = [1 / (i + 10) for i in range(len(tail_names))]
            zt = sum(zipf)
            return ([(n, w * scale) for n, w in listed]
                    + [(n, TAIL_GIVEN_SHARE * z / zt) for n, z in zip(tail_names, zipf)])
        self.given = {"M": Pick(r, given_table(MALE, male_tail)), "F": Pick(r, given_table(FEMALE, female_tail))}

        # Surnames: top 100 with Census shares, then ranks 101.. at a power law, then the syllable tail, which
        # carries ~75% of people (Census 2010: the 1,000 most common names cover ~42%).
        top = [(n, float(w)) for n, w in parse_pairs(SURNAMES_TOP)]
        nxt = SURNAMES_NEXT.split()
        listed = top + [(n, 0.082 * ((101 + i) / 100) ** -1.15) for i, n in enumerate(nxt)]
        listed_share = sum(w for _, w in listed) / 100
        tail_count = max(20000, persons // 3)
        tail_names, seen = [], set(n for n, _ in listed)
        attempts = 0
        while len(tail_names) < tail_count and attempts < 20 * tail_count:   # the guard: never spin forever
            attempts += 1
            parts = r.random()
            middle = "" if parts < 0.3 else r.choice(SYL2) + (r.choice(SYL2) if parts > 0.85 else "")
            n = join_syllables(r.choice(SYL1), middle, r.choice(SYL3))
            if n not in seen:
                seen.add(n)
                tail_names.append(n)
        tail_count = len(tail_names)
        zipf = [1 / (i + 50) ** 0.9 for i in range(tail_count)]
        zt = sum(zipf)
        tail_share = 1 - listed_share
        self.surname = Pick(r, [(n, w / 100) for n, w in listed]
                            + [(n, tail_share * z / zt) for n, z in zip(tail_names, zipf)])

        self.city = Pick(r, [(c, c[4]) for c in CITIES])
        self.free_mail = Pick(r, FREE_MAIL)
        self.free_mail_used = {}
        self.work_pattern = Pick(r, WORK_PATTERNS)
        self.street_type = Pick(r, [((a, b), w) for a, b, w in STREET_TYPES])
        self.orgs = []
        self.org_names = set()
        self.domains = set()
        n_orgs = max(30, persons // 11)
        for i in range(n_orgs):
            self.orgs.append(self.make_org(public=r.random() < 0.22))
        weights = [(o, (i + 1) ** -0.8) for i, o in enumerate(self.orgs)]
        self.org_pick = Pick(r, weights)
        # Family firms (Sr. and Jr. on the main line) are the smaller businesses.
        self.small_orgs = Pick(r, [(o, 1.0) for o in self.orgs[n_orgs // 3:] if not o["public"]])

    # --- organizations ------------------------------------------------------------------------------------

    def own_free_mail(self, local):
        """A free-mail address nobody else in the world holds: a provider gives an address to one account, so
        a second Janice Torburn who wants janice.torburn@gmail.com gets janice.torburn2@ (as work addresses do)."""
        domain = self.free_mail()
        n = self.free_mail_used.get((local, domain), 1)    # the last number handed out for this wish
        address = local + "@" + domain if n == 1 else local + str(n) + "@" + domain
        while address in self.free_mail_used:       # "janice.torburn2" may be someone's own choice already
            n += 1
            address = local + str(n) + "@" + domain
        self.free_mail_used[(local, domain)] = n
        self.free_mail_used[address] = True
        return address

    def phone(self, area=None):
        r = self.rng
        if area is None:
            area = r.choice(self.city()[3])
        return (area, str(r.randint(200, 999)), "%04d" % r.randint(0, 9999))

    def street(self):
        r = self.rng
        number = str(int(r.paretovariate(1.2) * 40) % 9900 + 1)
        d = r.choice(DIRS) if r.random() < 0.2 else None
        return (number, d, r.choice(STREETS), self.street_type())

    def make_org(self, public):
        r = self.rng
        for _ in range(100):
            city = self.city() if r.random() < 0.93 else r.choice(CITIES)
            if public:
                pattern, kind, tld, tkey = r.choice(PUBLIC)
                name = pattern.format(county=r.choice(COUNTIES), place=r.choice(PLACES), city=city[0])
                legal = ""
            else:
                ind, abbr, tkey = r.choice(INDUSTRIES)
                u = r.random()
                if u < 0.35:
                    core = self.surname() + " " + ind
                elif u < 0.6:
                    core = r.choice(PLACES) + " " + ind
                elif u < 0.85:
                    core = r.choice(WORDS) + " " + ind
                else:
                    core = self.surname() + " & " + self.surname()
                    tkey = "office"
                legal = r.choices(["Inc.", "LLC", "Corporation", "Co.", "Ltd.", ""], [35, 30, 5, 5, 2, 23])[0]
                name = core
                kind, tld = "business", "com"
            if name in self.org_names:
                continue
            self.org_names.add(name)
            break
        else:
            # A region has only so many public partners: once their names are used up, businesses follow.
            return self.make_org(public=False)
        slug_words = [w for w in name.replace("&", " ").replace("-", " ").split()
                      if w.lower() not in ("of", "and", "the", "county", "city")]
        slug = "".join(w.lower() for w in slug_words)
        if len(slug) > 18 and len(slug_words) >= 3:
            slug = "".join(w[0].lower() for w in slug_words)
        domain = slug + "." + tld
        n = 1
        while domain in self.domains:
            n += 1
            domain = slug + str(n) + "." + tld
        self.domains.add(domain)
        area = city[3][0]
        suite = ("Suite " + str(r.choice([100, 110, 120, 200, 210, 250, 300, 310, 400, 500, 1200]))
                 if r.random() < 0.4 else None)
        words = name.split()
        acronym = "".join(w[0] for w in words if w[0].isupper()) if len(words) >= 3 else None
        return {
            "name": name, "legal": legal, "abbr": abbr if not public else None, "ind": None if public else ind,
            "acronym": acronym, "public": public, "domain": domain, "pattern": self.work_pattern(),
            "main": self.phone(area), "street": self.street(), "suite": suite, "city": city,
            "zip": r.choice(city[2]), "titles": tkey, "team": r.choice(TEAM_INBOXES), "buyer": None,
            "used": {},   # local part → count (two John Smiths: jsmith, jsmith2)
        }

    def org_variant(self, org):
        """How one list spells the organization."""
        r = self.rng
        name = org["name"]
        u = r.random()
        if org["public"]:
            if org["acronym"] and u < 0.25:
                return org["acronym"]
            if u < 0.35:
                return "The " + name if not name.startswith("City") else name
            if u < 0.45 and " and " in name:
                return name.replace(" and ", " & ")
            return name
        legal = org["legal"]
        if u < 0.45:
            out = name + (" " + legal if legal else "")
        elif u < 0.6:
            out = name + (", " + legal if legal else "")
        elif u < 0.8:
            out = name
        elif u < 0.87:
            out = name + " " + r.choice(["Inc", "LLC", "Inc.", "Co"])        # the wrong legal form
        elif u < 0.94 and org["abbr"]:
            out = name.replace(org["ind"], org["abbr"])
        elif org["acronym"] and u < 0.97:
            out = org["acronym"]
        else:
            out = name.replace(" & ", " and ") if " & " in name else name
        return out

    def title_variant(self, title):
        r = self.rng
        if r.random() < 0.22:
            for long, short in TITLE_WORDS:
                if long in title:
                    title = title.replace(long, short) if r.random() < 0.7 else title
            if title.startswith("Director of ") and r.random() < 0.5:
                title = title[len("Director of "):] + " Director"
        return title


# --- the mess applied to one appearance --------------------------------------------------------------------
LETTERS = "abcdefghijklmnopqrstuvwxyz"


def typo(r, s):
    if len(s) < 3:
        return s
    i = r.randrange(1, len(s))
    op = r.random()
    if op < 0.3:
        return s[:i] + s[i + 1:]                                  # deletion
    if op < 0.55:
        return s[:i] + r.choice(LETTERS) + s[i:]                  # insertion
    if op < 0.8:
        return s[:i] + r.choice(LETTERS) + s[i + 1:]              # substitution
    if i < len(s) - 1:
        return s[:i] + s[i + 1] + s[i] + s[i + 2:]                # transposition
    return s[:-1]


def fmt_phone(r, p, ext=None):
    a, b, c = p
    u = r.random()
    if u < 0.30:
        s = f"({a}) {b}-{c}"
    elif u < 0.55:
        s = f"{a}-{b}-{c}"
    elif u < 0.72:
        s = f"{a}.{b}.{c}"
    elif u < 0.82:
        s = f"+1 {a} {b} {c}"
    elif u < 0.92:
        s = f"{a}{b}{c}"
    elif u < 0.96:
        s = f"+1{a}{b}{c}"
    else:
        s = f"1-{a}-{b}-{c}"
    if ext:
        s += r.choice([" x", " x", " x", " ext. ", " ext ", " Ext. ", "x", " #"]) + ext
    return s


def fmt_street(r, st, unit=None):
    number, d, name, (short, long) = st
    abbreviate = r.random() < 0.65
    parts = [number]
    if d:
        parts.append(d[0] if abbreviate else d[1])
    parts.append(name)
    parts.append(short + ("." if r.random() < 0.15 else "") if abbreviate else long)
    s = " ".join(parts)
    if unit and r.random() < 0.8:
        if unit.startswith("Suite") and r.random() < 0.4:
            unit = r.choice(["Ste ", "Ste. ", "#"]) + unit.split()[1]
        s += (", " if r.random() < 0.5 else " ") + unit
    return s


def local_part(pattern, first, last):
    f, l = first.lower(), last.lower().replace(" ", "").replace("'", "")
    return {"first.last": f"{f}.{l}", "flast": f"{f[0]}{l}", "f.last": f"{f[0]}.{l}", "firstl": f"{f}{l[0]}",
            "first_last": f"{f}_{l}", "first": f, "lastf": f"{l}{f[0]}", "last.first": f"{l}.{f}"}[pattern]


class Generator:
    def __init__(self, seed, count):
        self.rng = random.Random(seed)
        self.count = count
        self.persons_estimate = int(count / 1.6) + 10
        self.world = World(self.rng, self.persons_estimate)
        self.next_id = 0

    # --- people ---------------------------------------------------------------------------------------------
    def new_person(self, sex=None, surname=None, household=None, employer=None, given=None):
        r, w = self.rng, self.world
        sex = sex or ("F" if r.random() < 0.5 else "M")
        given = given or w.given[sex]()
        surname = surname or w.surname()
        self.next_id += 1
        p = {"id": "P%07d" % self.next_id, "sex": sex, "given": given, "surname": surname, "suffix": None,
             "household": household, "nick": None}
        nicks = NICKNAMES.get(given)
        if nicks:
            p["nick"] = r.choice(nicks)
            if r.random() < 0.15:              # goes by the nickname; the formal name shows up now and then
                p["given"], p["nick"] = p["nick"], given
        if r.random() < 0.62:
            p["personal"] = self.personal_email(p)
        else:
            p["personal"] = None
        p["mobile"] = self.world.phone() if r.random() < 0.75 else None
        if employer is None and r.random() < 0.9:
            employer = w.org_pick()
        p["jobs"] = [self.job(p, employer)] if employer else []
        return p

    def personal_email(self, p):
        r = self.rng
        f, l = p["given"].lower(), p["surname"].lower().replace(" ", "").replace("'", "")
        u = r.random()
        if u < 0.3:
            lp = f"{f}.{l}"
        elif u < 0.5:
            lp = f"{f}{l}{r.randint(1, 99)}"
        elif u < 0.65:
            lp = f"{f[0]}{l}{r.choice(['', str(r.randint(1, 9)), str(r.randint(60, 99))])}"
        elif u < 0.75:
            lp = f"{f}{r.randint(1950, 2005)}"
        elif u < 0.85:
            lp = f"{l}{f[0]}{r.randint(1, 999)}"
        else:
            lp = r.choice(["buckeye", "sunny", "runner", "mama", "coach", "blue", "tiger", "dragon", "music",
                           "golf", "ohio", "happy", "lucky", "jazz"]) + r.choice(["", f[0], l[:3]]) + str(r.randint(1, 9999))
        return self.world.own_free_mail(lp)

    def job(self, p, org, first=None):
        r = self.rng
        first = first or p["given"]
        lp = local_part(org["pattern"], first, p["surname"])
        n = org["used"].get(lp, 0) + 1
        org["used"][lp] = n
        if n > 1:
            lp += str(n)
        email = lp + "@" + org["domain"]
        direct = self.world.phone(org["main"][0]) if r.random() < 0.55 else None
        ext = None if direct and r.random() < 0.7 else str(r.randint(100, 899) if r.random() < 0.7 else r.randint(1000, 4999))
        title = r.choice(TITLES[org["titles"]])
        if org["buyer"] is None:
            org["buyer"] = email
        return {"org": org, "email": email, "direct": direct, "ext": ext, "title": title,
                "uses_main": direct is None or r.random() < 0.2}

    def households(self):
        """Yields groups of people who share a home, generated on the fly."""
        r, w = self.rng, self.world
        while True:
            home = {"street": w.street(), "city": w.city(), "unit": ("Apt " + r.choice(["1", "2", "3", "4", "2B", "3A", "12", "104", "210"]))
                    if r.random() < 0.22 else None,
                    "landline": w.phone() if r.random() < 0.3 else None,
                    "email": None}
            home["zip"] = r.choice(home["city"][2])
            u = r.random()
            members = []
            if u < 0.006:
                # Sr./Jr. at the family firm: same given and family name, both on the firm's main line.
                firm = w.small_orgs()
                sr = self.new_person(sex="M", household=home, employer=firm)
                jr = self.new_person(sex="M", surname=sr["surname"], given=sr["given"], employer=firm)
                jr["given"], jr["nick"] = sr["given"], sr["nick"]
                sr["jobs"][0]["uses_main"] = jr["jobs"][0]["uses_main"] = True
                sr["jobs"][0]["direct"] = jr["jobs"][0]["direct"] = None
                sr["jobs"][0]["ext"] = jr["jobs"][0]["ext"] = None if r.random() < 0.7 else sr["jobs"][0]["ext"]
                sr["suffix"] = r.choice(["Sr.", "Sr."])
                jr["suffix"] = r.choice(["Jr.", "Jr.", "II"])
                if r.random() < 0.3:
                    sr["suffix"], jr["suffix"] = r.choice([("", "Jr."), ("II", "III")])
                jr_home = {"street": w.street(), "city": w.city(), "unit": None, "landline": None, "email": None}
                jr_home["zip"] = r.choice(jr_home["city"][2])
                jr["household"] = jr_home
                members = [sr, jr]
            elif u < 0.52:
                members = [self.new_person(household=home)]
            elif u < 0.88:
                a = self.new_person(household=home)
                other_sex = ("M" if a["sex"] == "F" else "F") if r.random() < 0.92 else a["sex"]
                shared = a["surname"] if r.random() < 0.75 else None
                employer = a["jobs"][0]["org"] if a["jobs"] and r.random() < 0.1 else None
                b = self.new_person(sex=other_sex, surname=shared, household=home, employer=employer)
                if r.random() < 0.06:
                    home["email"] = w.own_free_mail(a["surname"].lower() + r.choice(["family", "s", "house", ""])
                                                    + str(r.randint(1, 99)))
                members = [a, b]
            else:
                a = self.new_person(household=home)
                b = self.new_person(surname=a["surname"] if r.random() < 0.75 else None, household=home)
                kid = self.new_person(surname=a["surname"] if r.random() < 0.9 else b["surname"], household=home,
                                      employer=(a["jobs"][0]["org"] if a["jobs"] and r.random() < 0.08 else None))
                members = [a, b, kid]
            yield members

    def life_events(self, p, appearances):
        """Job change and surname change, decided once a person's appearance count is known."""
        r, w = self.rng, self.world
        p["old_surname"] = None
        if appearances < 2:
            return
        if p["jobs"] and r.random() < 0.14:
            new_org = w.org_pick()
            if new_org is not p["jobs"][0]["org"]:
                p["jobs"].append(self.job(p, new_org))
        if p["sex"] == "F" and r.random() < 0.06:
            p["old_surname"] = p["surname"]
            p["surname"] = w.surname()
            if p["jobs"] and r.random() < 0.5:     # the employer updated her address; older lists have the old one
                job = p["jobs"][-1]
                p["jobs"].append(dict(job, email=local_part(job["org"]["pattern"], p["given"], p["surname"])
                                      + "@" + job["org"]["domain"]))

    def appearance(self, p, k, n):
        """One record of person p: appearance k of n."""
        r = self.rng
        jobs = p["jobs"]
        job = None
        if jobs:
            job = jobs[min(len(jobs) - 1, k * len(jobs) // n)] if len(jobs) > 1 else jobs[0]
        surname = p["surname"]
        if p.get("old_surname") and k < n // 2 + (n % 2):
            surname = p["old_surname"]
        given = p["given"]
        if p["nick"] and r.random() < 0.1:
            given = p["nick"]
        if r.random() < 0.05:
            given = typo(r, given)
        if r.random() < 0.05:
            surname = typo(r, surname)
        suffix = p["suffix"]
        if suffix and r.random() < 0.3:
            surname = surname + (", " if r.random() < 0.3 else " ") + suffix

        # e-mail: work, personal, a shared inbox, the colleague who bought the tickets, or none
        email = ""
        u = r.random()
        home = p["household"]
        if job and u < 0.55:
            org = job["org"]
            v = r.random()
            if v < 0.05:
                email = r.choice(["info", "hr", org["team"]]) + "@" + org["domain"]
            elif v < 0.09 and org["buyer"]:
                email = org["buyer"]
            else:
                email = job["email"]
        elif u < 0.85:
            if p["personal"]:
                email = p["personal"]
            elif home and home["email"]:
                email = home["email"]
            elif job:
                email = job["email"]
        if email:
            if r.random() < 0.04:
                email = email[0].upper() + email[1:]
            if r.random() < 0.01:
                lp, _, dom = email.partition("@")
                email = typo(r, lp) + "@" + dom

        # phone: direct line, main line with extension, mobile, home landline, or none
        phone = ""
        u = r.random()
        if job and u < 0.42:
            if job["direct"] and not job["uses_main"]:
                phone = fmt_phone(r, job["direct"])
            else:
                phone = fmt_phone(r, job["org"]["main"], job["ext"] if r.random() < 0.75 else None)
        elif u < 0.78 and p["mobile"]:
            phone = fmt_phone(r, p["mobile"])
        elif u < 0.85 and home and home["landline"]:
            phone = fmt_phone(r, home["landline"])

        org_text = title = ""
        if job and r.random() < 0.88:
            org_text = self.world.org_variant(job["org"])
        if job and r.random() < 0.65:
            title = self.world.title_variant(job["title"])

        # address: the workplace's (rosters, employer lists), home (community lists), or none
        street = city = state = zipc = ""
        u = r.random()
        place = None
        if job and u < 0.45:
            org = job["org"]
            place = (org["street"], org["suite"], org["city"], org["zip"])
        elif u < 0.7 and home:
            place = (home["street"], home["unit"], home["city"], home["zip"])
        elif u < 0.8 and not job and home:
            place = (home["street"], home["unit"], home["city"], home["zip"])
        if place:
            st, unit, c, z = place
            if r.random() < 0.75:
                street = fmt_street(r, st, unit)
            if r.random() < 0.85:
                city = c[0]
            if r.random() < 0.8:
                state = c[1] if r.random() < 0.85 else STATE_NAMES[c[1]]
            if r.random() < 0.8:
                zipc = z + ("-%04d" % r.randint(1, 9999) if r.random() < 0.06 else "")

        # the name cells
        first, last = given, surname
        u = r.random()
        if u < 0.02:
            first, last = f"{surname}, {given}", ""            # a "Name" column pasted into First Name
        elif u < 0.04:
            first, last = f"{given} {surname}", ""
        elif u < 0.05:
            first, last = surname, given                       # swapped
        u = r.random()
        if u < 0.05:
            first, last = first.upper(), last.upper()
        elif u < 0.1:
            first, last = first.lower(), last.lower()
        row = [first, last, email, phone, org_text, title, street, city, state, zipc]
        if not any(row[1:]):
            # A row with only its first cell filled reads as a title line, not a record: no list keeps those.
            row[2] = p["personal"] or (job["email"] if job else "") or ""
            if not row[2]:
                row[1] = surname
        return row

    def rows(self):
        """Yields (person id, row) until `count` records have been made."""
        r = self.rng
        made = 0
        counts, cum = weighted([(1, 65), (2, 19), (3, 9), (4, 4), (5, 3)])
        total = cum[-1]
        for members in self.households():
            for p in members:
                n = counts[bisect(cum, r.random() * total)]
                self.life_events(p, n)
                for k in range(n):
                    yield p["id"], self.appearance(p, k, n)
                    made += 1
                    if made >= self.count:
                        return


def generate(out, truth, count, seed, file_label=None):
    """Writes OUT (the contact list) and TRUTH (file,record,truth). Returns (records, persons, seconds)."""
    start = time.time()
    gen = Generator(seed, count)
    file_label = file_label or os.path.basename(out)
    buckets = max(1, count // 25000)
    shuffle = random.Random(seed * 7919 + 1)
    tmp = tempfile.mkdtemp(prefix="synthetic-", dir=os.path.dirname(os.path.abspath(out)))
    paths = [os.path.join(tmp, f"b{i}.csv") for i in range(buckets)]
    files = [open(pth, "w", newline="", encoding="utf-8") for pth in paths]
    writers = [csv.writer(f) for f in files]
    persons = set()
    for pid, row in gen.rows():
        writers[shuffle.randrange(buckets)].writerow([pid] + row)
        persons.add(pid)
    for f in files:
        f.close()
    record = 0
    with open(out, "w", newline="", encoding="utf-8") as fo, open(truth, "w", newline="", encoding="utf-8") as ft:
        wo, wt = csv.writer(fo), csv.writer(ft)
        wo.writerow(HEADER)
        wt.writerow(["file", "record", "truth"])
        for pth in paths:
            with open(pth, newline="", encoding="utf-8") as f:
                rows = list(csv.reader(f))
            os.remove(pth)
            shuffle.shuffle(rows)
            for row in rows:
                record += 1
                wo.writerow(row[1:])
                wt.writerow([file_label, record, row[0]])
    os.rmdir(tmp)
    return record, len(persons), time.time() - start


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--count", type=int, required=True, help="records to write")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", required=True, help="the contact list (.csv)")
    ap.add_argument("--truth", help="file,record,truth (default: OUT with .truth.csv)")
    ap.add_argument("--file-label", help="the truth's `file` column (default: OUT's base name)")
    args = ap.parse_args()
    truth = args.truth or (args.out[:-4] if args.out.endswith(".csv") else args.out) + ".truth.csv"
    records, persons, seconds = generate(args.out, truth, args.count, args.seed, args.file_label)
    print(f"{args.out}: {records} records, {persons} people ({records / max(1, persons):.2f} records a person), "
          f"{seconds:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
