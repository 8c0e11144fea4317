"use strict";
// Static data used to generate realistic, deterministic test users and groups.

const GIVEN_NAMES = [
    "Ada", "Alan", "Grace", "Linus", "Margaret", "Dennis", "Barbara", "Ken", "Radia", "Tim",
    "Katherine", "John", "Frances", "Edsger", "Hedy", "Donald", "Sophie", "Niklaus", "Annie", "Bjarne",
    "Mary", "James", "Patricia", "Robert", "Jennifer", "Michael", "Linda", "William", "Elizabeth", "David",
    "Susan", "Richard", "Jessica", "Joseph", "Sarah", "Thomas", "Karen", "Charles", "Nancy", "Christopher",
    "Lisa", "Daniel", "Betty", "Matthew", "Sandra", "Anthony", "Ashley", "Mark", "Emily", "Paul",
    "Olivia", "Liam", "Emma", "Noah", "Amelia", "Oliver", "Ava", "Elijah", "Mia", "Lucas",
    "Priya", "Arjun", "Ananya", "Rahul", "Wei", "Mei", "Hiroshi", "Yuki", "Min-jun", "Seo-yeon",
    "Fatima", "Omar", "Aisha", "Youssef", "Chloé", "Léa", "Zoë", "José", "María", "Søren",
    "Björn", "Åsa", "Łukasz", "Małgorzata", "Jürgen", "Anaïs", "Nguyễn", "Thanh", "Oluwaseun", "Chiamaka",
    "Kwame", "Ama", "Mateo", "Valentina", "Santiago", "Camila", "Ivan", "Olga", "Dmitri", "Anastasia",
    "Siobhán", "Seán", "Niamh", "Eoin", "Ingrid", "Lars", "Freya", "Henrik", "Giulia", "Lorenzo",
];

const FAMILY_NAMES = [
    "Lovelace", "Turing", "Hopper", "Torvalds", "Hamilton", "Ritchie", "Liskov", "Thompson", "Perlman", "Berners-Lee",
    "Johnson", "McCarthy", "Allen", "Dijkstra", "Lamarr", "Knuth", "Wilson", "Wirth", "Easley", "Stroustrup",
    "Smith", "Jones", "Williams", "Brown", "Taylor", "Davies", "Evans", "Thomas", "Roberts", "Walker",
    "Garcia", "Martinez", "Rodriguez", "Hernandez", "Lopez", "Gonzalez", "Perez", "Sanchez", "Ramirez", "Torres",
    "Miller", "Moore", "Jackson", "Martin", "Lee", "Harris", "Clark", "Lewis", "Young", "King",
    "Patel", "Sharma", "Singh", "Gupta", "Kumar", "Chen", "Wang", "Li", "Zhang", "Liu",
    "Tanaka", "Suzuki", "Sato", "Kim", "Park", "Choi", "Nguyen", "Tran", "Pham", "Okafor",
    "Adeyemi", "Mensah", "Haddad", "Khan", "Rahman", "O'Brien", "O'Connor", "Murphy", "Kelly", "Byrne",
    "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Dubois", "Lefèvre", "Moreau", "Rossi", "Russo",
    "Esposito", "Bianchi", "Johansson", "Andersson", "Nielsen", "Hansen", "Kowalski", "Nowak", "Wiśniewski", "Ivanov",
    "Petrov", "Smirnov", "da Silva", "Santos", "Oliveira", "Pereira", "van der Berg", "de Vries", "Jansen", "Bakker",
];

// name, share of users, cost centre, division, titles
const DEPARTMENTS = [
    ["Engineering", 0.28, "CC-1100", "R&D", ["Software Engineer", "Senior Software Engineer", "Staff Engineer", "Engineering Manager", "QA Engineer", "Site Reliability Engineer"]],
    ["Product", 0.06, "CC-1200", "R&D", ["Product Manager", "Senior Product Manager", "Product Analyst"]],
    ["Design", 0.05, "CC-1300", "R&D", ["Product Designer", "UX Researcher", "Design Lead"]],
    ["Sales", 0.17, "CC-2100", "Go-to-Market", ["Account Executive", "Sales Development Representative", "Regional Sales Director", "Sales Engineer"]],
    ["Marketing", 0.08, "CC-2200", "Go-to-Market", ["Marketing Manager", "Content Strategist", "Demand Generation Specialist"]],
    ["Customer Success", 0.08, "CC-2300", "Go-to-Market", ["Customer Success Manager", "Onboarding Specialist"]],
    ["Support", 0.08, "CC-2400", "Go-to-Market", ["Support Engineer", "Support Team Lead"]],
    ["Finance", 0.05, "CC-3100", "G&A", ["Accountant", "Financial Analyst", "Controller"]],
    ["Legal", 0.02, "CC-3200", "G&A", ["Counsel", "Paralegal"]],
    ["People", 0.04, "CC-3300", "G&A", ["People Partner", "Recruiter", "Talent Coordinator"]],
    ["IT", 0.05, "CC-3400", "G&A", ["IT Administrator", "Systems Engineer", "Help Desk Technician"]],
    ["Operations", 0.04, "CC-3500", "G&A", ["Operations Manager", "Business Analyst"]],
];

const GROUP_NAMES = [
    "Engineering", "Sales EMEA", "Sales Americas", "Sales APAC", "Marketing", "Finance", "Human Resources",
    "Legal", "Customer Support", "Customer Success", "Product Management", "Design", "IT Operations", "Security",
    "Data Science", "Executive Team", "Contractors", "Interns", "Lucidchart Users", "Lucidspark Users",
    "Lucidscale Users", "Platform Team", "Mobile Team", "Partners", "Field Marketing", "Revenue Operations",
];

// Transliterate a display name part into something usable in an email local part.
const SPECIAL = {"ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "ß": "ss", "æ": "ae", "Æ": "ae", "đ": "d", "Đ": "d"};
function asciiSlug(s) {
    return s.replace(/[łŁøØßæÆđĐ]/g, (c) => SPECIAL[c]).normalize("NFD").replace(/[\u0300-\u036f]/g, "")
        .toLowerCase().replace(/[^a-z0-9]+/g, "");
}

module.exports = {GIVEN_NAMES, FAMILY_NAMES, DEPARTMENTS, GROUP_NAMES, asciiSlug};
