package nlp

// equipmentTable lists classes of military equipment (matched in any case)
// and type designations (matched as written), one per line: the phrase, then
// optionally "|" and its canonical class.
const equipmentTable = `
strategic bomber|strategic bombers
strategic bombers
bomber|bombers
bombers
strategic military aircraft|military aircraft
strategic aircraft|military aircraft
military aircraft
aircraft
warplane|warplanes
warplanes
fighter jet|fighter jets
fighter jets
fighter jet
fighters|fighter jets
attack helicopter|helicopters
attack helicopters|helicopters
helicopter|helicopters
helicopters
drone|drones
drones
attack drones|drones
kamikaze drones|drones
kamikaze drone|drones
fpv drones|drones
fpv drone|drones
long-range drones|drones
unmanned aerial vehicles|drones
unmanned aerial vehicle|drones
uavs|drones
uav|drones
naval drones|naval drones
sea drones|naval drones
missile|missiles
missiles
ballistic missile|ballistic missiles
ballistic missiles
cruise missile|cruise missiles
cruise missiles
hypersonic missile|hypersonic missiles
hypersonic missiles
rockets
rocket|rockets
glide bombs
glide bomb|glide bombs
tank|tanks
tanks
armored vehicles
armoured vehicles
armored vehicle|armored vehicles
armoured vehicle|armored vehicles
infantry fighting vehicles
artillery
howitzers
howitzer|howitzers
air defense systems|air defense systems
air defence systems|air defense systems
air defense system|air defense systems
air defence system|air defense systems
air defenses|air defense systems
air defences|air defense systems
warship|warships
warships
submarine|submarines
submarines
frigate|warships
frigates|warships
landing ship|warships
cargo planes|transport aircraft
transport aircraft
airborne early warning aircraft|aew aircraft
nuclear weapons
nuclear warheads
military hardware
Tu-95|Tu-95 strategic bomber
Tu-95MS|Tu-95 strategic bomber
Tu-22M3|Tu-22M3 bomber
Tu-160|Tu-160 strategic bomber
A-50|A-50 AEW aircraft
Su-34|Su-34 fighter-bomber
Su-35|Su-35 fighter
Su-57|Su-57 fighter
Su-25|Su-25 attack aircraft
MiG-31|MiG-31 interceptor
Il-76|Il-76 transport aircraft
Ka-52|Ka-52 attack helicopter
Mi-8|Mi-8 helicopter
F-16|F-16 fighter
F-16s|F-16 fighter
F-35|F-35 fighter
Shahed|Shahed drone
Shaheds|Shahed drone
Geran-2|Shahed drone
Lancet|Lancet loitering munition
Bayraktar|Bayraktar drone
Iskander|Iskander missile
Kalibr|Kalibr cruise missile
Kinzhal|Kinzhal missile
Oreshnik|Oreshnik missile
ATACMS|ATACMS missile
HIMARS|HIMARS rocket launcher
Storm Shadow|Storm Shadow cruise missile
Patriot|Patriot air defense system
IRIS-T|IRIS-T air defense system
NASAMS|NASAMS air defense system
S-300|S-300 air defense system
S-400|S-400 air defense system
Leopard|Leopard tank
Abrams|Abrams tank
Javelin|Javelin missile
Neptune|Neptune missile
Taurus|Taurus cruise missile
`
