/// Nickname groups: "bob", "rob", "robert" share one group key so a comparison can say "nickname".
///
/// A compact table of the common English diminutives; ConveneNormalize's `Nicknames` is the full list used by
/// the importer, this one keeps the matcher self-contained and fast (one dictionary look-up per distinct name).
enum NicknameGroups {
    static func group(of folded: String) -> String? { table[folded] }

    static let table: [String: String] = {
        var t: [String: String] = [:]
        for line in groups {
            let names = line.split(separator: " ").map(String.init)
            for n in names where t[n] == nil { t[n] = names[0] }
        }
        return t
    }()

    static let groups: [String] = [
        "robert bob bobby rob robbie bert", "william bill billy will willy liam", "richard dick rick ricky rich richie",
        "james jim jimmy jamie", "john jack johnny jon", "jonathan jon jonny", "joseph joe joey jo",
        "thomas tom tommy", "charles charlie chuck chas", "michael mike mikey mick", "christopher chris kit",
        "daniel dan danny", "david dave davy", "edward ed eddie ted ned", "elizabeth liz beth betty lizzie eliza libby",
        "margaret maggie meg peggy marge margie greta", "katherine kate kathy katie kat cathy", "catherine cathy cate",
        "patricia pat patty trish tricia", "jennifer jen jenny", "susan sue susie suzy", "deborah deb debbie",
        "rebecca becky becca", "samuel sam sammy", "samantha sam sammy", "alexander alex al sasha",
        "alexandra alex sandra sandy lexi", "anthony tony", "andrew andy drew", "benjamin ben benny",
        "nicholas nick nicky", "matthew matt", "steven steve", "stephen steve", "timothy tim timmy",
        "gregory greg", "jeffrey jeff", "kenneth ken kenny", "lawrence larry", "ronald ron ronnie",
        "donald don donnie", "douglas doug", "gerald gerry jerry", "raymond ray", "peter pete", "philip phil",
        "frederick fred freddie", "francis frank", "franklin frank", "henry hank harry", "harold harry hal",
        "walter walt wally", "eugene gene", "albert al bert", "alfred al alf fred", "arthur art", "leonard leo len lenny",
        "victoria vicky tori", "virginia ginny ginger", "dorothy dot dottie", "barbara barb barbie babs",
        "christine chris chrissy tina", "christina chris tina", "pamela pam", "kimberly kim", "abigail abby",
        "jessica jess jessie", "amanda mandy", "melissa missy mel", "natalie nat", "nathaniel nate nat",
        "nathan nate", "zachary zach zack", "joshua josh", "jacob jake", "isabella bella izzy", "olivia liv livvy",
        "sophia sophie", "emily em emmy", "eleanor ellie nora", "helen nell nellie", "jacqueline jackie",
        "judith judy", "kathleen kathy", "carolyn carol", "caroline carol carrie", "cynthia cindy", "theresa terry tess",
        "valerie val", "veronica ronnie", "gabriel gabe", "gabrielle gabby", "vincent vince vinny", "louis lou",
        "mitchell mitch", "randall randy", "russell russ", "stanley stan", "terrence terry", "wesley wes",
        "bradley brad", "cameron cam", "maximilian max", "maxwell max", "tobias toby", "angela angie", "dominic dom",
    ]
}
