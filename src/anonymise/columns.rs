//! What each column holds, decided by its header: a value rehost judges (kept as it is), a
//! value that names nobody (kept), or an identifying value of some kind (hidden behind a
//! pseudonym of that kind). A column nobody knows is hidden cell by cell unless the cell is
//! plainly a number, a date or a yes/no: when in doubt, hide.

use crate::model::Field;

/// The kind of an identifying value: its pseudonym's prefix and shape.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    Vm,
    Host,
    Dns,
    Domain,
    VCenter,
    Cluster,
    Datacenter,
    Folder,
    Pool,
    VApp,
    Datastore,
    Path,
    PathPart,
    Network,
    Snapshot,
    User,
    App,
    Tag,
    Id,
    Uuid,
    Ip,
    Mac,
    Note,
    Text,
}

impl Kind {
    pub fn prefix(self) -> &'static str {
        use Kind::*;
        match self {
            Vm => "vm",
            Host => "host",
            Dns => "dns",
            Domain => "dom",
            VCenter => "vcenter",
            Cluster => "cluster",
            Datacenter => "dc",
            Folder => "folder",
            Pool => "pool",
            VApp => "vapp",
            Datastore => "ds",
            Path | PathPart => "p",
            Network => "net",
            Snapshot => "snap",
            User => "user",
            App => "app",
            Tag => "tag",
            Id | Uuid => "id",
            Ip | Mac => "addr",
            Note => "note",
            Text => "text",
        }
    }

    /// Names compared without case (VMware and Windows do; rehost joins sheets so), so one
    /// name written two ways gets one pseudonym and the joins still hold.
    pub fn caseless(self) -> bool {
        !matches!(self, Kind::Note | Kind::Text)
    }

    /// Values that are names of things in the estate: searched for inside other kept text
    /// (a path or a label holding a VM's name), so they cannot leak there.
    pub fn is_name(self) -> bool {
        use Kind::*;
        matches!(
            self,
            Vm | Host
                | Dns
                | Domain
                | VCenter
                | Cluster
                | Datacenter
                | Folder
                | Pool
                | VApp
                | Datastore
                | Network
                | Snapshot
                | User
                | App
        )
    }
}

/// What to do with a column's cells.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Treat {
    /// A value rehost judges, matched against its catalogues (OS, firmware, power state …):
    /// kept byte for byte, so the verdicts stay the same.
    Judged,
    /// Kept, but any estate name or address inside it is replaced.
    Keep,
    Hide(Kind),
    /// A column nobody knows: plain values kept, any other text hidden.
    Auto,
}

/// A column rehost maps to a field: judged fields kept, identifying ones hidden.
pub fn by_field(field: Field) -> Treat {
    use Field::*;
    match field {
        Name => Treat::Hide(Kind::Vm),
        Host => Treat::Hide(Kind::Host),
        VCenter => Treat::Hide(Kind::VCenter),
        VmUuid | MachineId => Treat::Hide(Kind::Uuid),
        DiskPath => Treat::Hide(Kind::Path),
        Application | RecoveryGroup => Treat::Hide(Kind::App),
        Tag => Treat::Hide(Kind::Tag),
        // Matched against catalogues and lists: never touched.
        Os | OsAlt | OsDetailed | OsVersion | OsArch | Firmware | Generation | SecureBoot
        | BitLocker | PowerState | Template | SrmPlaceholder | DiskType | DiskFormat | DiskRaw
        | DiskSharing | DiskMode | DiskController | Platform | ServerType | Hypervisor | HostOs
        | ManagedBy | VCenterType | VCenterVersion | EsxVersion | Tier => Treat::Judged,
        // Numbers, sizes, rates, labels: kept, names inside them replaced.
        _ => Treat::Keep,
    }
}

/// A column rehost does not map, by its normalised header (`headers::normalise`) and its
/// sheet's name (lower case): RVTools' tabs, Azure Migrate's exports, Hyper-V's
/// `Get-VM`/`Get-VMNetworkAdapter` exports, and names people type.
pub fn by_header(sheet: &str, header: &str) -> Treat {
    use Kind::*;
    let hide = Treat::Hide;
    // Per sheet: a `Name` column names what the sheet lists.
    match (sheet, header) {
        ("vdatastore" | "vmultipath", "name" | "datastore") => return hide(Datastore),
        ("vsnapshot", "name") => return hide(Snapshot),
        ("vcluster", "name") => return hide(Cluster),
        ("vrp", "name" | "resourcepool") => return hide(Pool),
        ("vnetwork" | "vport" | "dvport", "network" | "portgroup" | "port") => {
            return hide(Network);
        }
        ("vswitch" | "dvswitch", "name" | "switch") => return hide(Network),
        ("vhost", "name" | "host") => return hide(Host),
        ("vhost", "domain") => return hide(Domain),
        ("vsource", "name" | "fullname" | "server") => return hide(VCenter),
        _ => {}
    }
    if let Some(rest) = header.strip_prefix("network")
        && rest.chars().all(|c| c.is_ascii_digit())
    {
        return hide(Network);
    }
    match header {
        "vm" | "vmname" | "virtualmachine" | "machinename" | "servername" | "computername"
        | "hostname" | "name" | "server" | "vmhostname" => hide(Vm),
        "dnsname" | "fqdn" | "guesthostname" | "dnshostname" => hide(Dns),
        "host" | "esxhost" | "esxihost" | "hypervhost" | "vmhost" | "hostserver" => hide(Host),
        "domain" | "dnsdomain" | "domainname" | "dnssearchorder" => hide(Domain),
        "cluster" | "clustername" | "clusterrulenames" | "clusterrules" => hide(Cluster),
        "datacenter" | "datacentre" | "site" | "sitename" | "discoverysitename" => hide(Datacenter),
        "folder" | "vmfolder" | "folderpath" => hide(Folder),
        "resourcepool" => hide(Pool),
        "vapp" => hide(VApp),
        "datastore" | "datastorename" | "datastores" => hide(Datastore),
        "path"
        | "diskpath"
        | "vmxpath"
        | "logdirectory"
        | "snapshotdirectory"
        | "suspenddirectory"
        | "configurationlocation"
        | "snapshotfilelocation"
        | "location"
        | "filename"
        | "file"
        | "vhdpath"
        | "url"
        | "address" => hide(Path),
        "visdkserver" | "vcenter" | "vcenterserver" | "vcentername" | "fullname"
        | "sourceappliances" | "appliance" | "appliancename" => hide(VCenter),
        "network" | "networkname" | "portgroup" | "switch" | "vswitch" | "dvswitch"
        | "switchname" | "virtualswitch" => hide(Network),
        "snapshot" | "snapshotname" | "checkpoint" | "checkpointname" => hide(Snapshot),
        "owner" | "createdby" | "user" | "username" | "contact" | "modifiedby" | "admin" => {
            hide(User)
        }
        "application"
        | "app"
        | "service"
        | "businessunit"
        | "costcenter"
        | "project"
        | "azuremigrateprojectname"
        | "resourcegroup"
        | "subscription"
        | "customer" => hide(App),
        "vmuuid"
        | "uuid"
        | "instanceuuid"
        | "biosuuid"
        | "smbiosuuid"
        | "visdkuuid"
        | "vmid"
        | "id"
        | "machineid"
        | "objectid"
        | "folderid"
        | "clusterinvariantvmmid"
        | "tenantid"
        | "serialnumber"
        | "serial"
        | "servicetag"
        | "biosserial"
        | "vmpathname"
        | "key"
        | "licensekey" => hide(Uuid),
        "primaryipaddress" | "ipaddress" | "ipaddresses" | "ipv4address" | "ipv6address" | "ip"
        | "ipv4" | "ipv6" | "ips" | "gateway" | "defaultgateway" | "dnsservers" | "ntpservers"
        | "ntpserver" | "dnsserver" | "vmkernelip" | "subnet" => hide(Ip),
        "macaddress" | "mac" | "macaddresses" | "macs" => hide(Mac),
        "annotation" | "annotations" | "description" | "notes" | "note" | "comment"
        | "comments" | "customizationinfo" | "remark" | "remarks" => hide(Note),
        // Values that name nobody and that people read.
        "configstatus"
        | "connectionstate"
        | "gueststate"
        | "heartbeat"
        | "consolidationneeded"
        | "poweron"
        | "suspendedtomemory"
        | "latencysensitivity"
        | "enableuuid"
        | "cbt"
        | "dasprotection"
        | "ftstate"
        | "ftrole"
        | "harestartpriority"
        | "haisolationresponse"
        | "havmmonitoring"
        | "bootrequired"
        | "bootretryenabled"
        | "bootbiossetup"
        | "rebootpoweroff"
        | "hwversion"
        | "hwupgradestatus"
        | "hwupgradepolicy"
        | "hwtarget"
        | "backupstatus"
        | "thin"
        | "label"
        | "disk"
        | "minrequiredevcmodekey"
        | "fixedpassthruhotplug"
        | "environment"
        | "workflow"
        | "state"
        | "status"
        | "type"
        | "version"
        | "cpumodel"
        | "vendor"
        | "model"
        | "generation"
        | "isclustered"
        | "issqlservicepresent"
        | "unit"
        | "adaptertype"
        | "controller"
        | "diskmode"
        | "sharingmode"
        | "raw"
        | "bootorder"
        | "tier"
        | "mountpoint" => Treat::Keep,
        _ => Treat::Auto,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::inventory::headers::normalise;

    /// One row per header of the peers' anonymisation table (aws-samples' field list, MIT-0)
    /// and of RVTools' identifying columns: each is hidden, as its kind.
    #[test]
    fn identifying_headers_are_hidden() {
        for (sheet, header, kind) in [
            ("vinfo", "VM", Kind::Vm),
            ("vinfo", "DNS Name", Kind::Dns),
            ("vinfo", "Resource pool", Kind::Pool),
            ("vinfo", "Path", Kind::Path),
            ("vinfo", "Log directory", Kind::Path),
            ("vinfo", "Snapshot directory", Kind::Path),
            ("vinfo", "Suspend directory", Kind::Path),
            ("vinfo", "Folder", Kind::Folder),
            ("vdisk", "Disk Path", Kind::Path),
            ("vinfo", "Annotation", Kind::Note),
            ("vinfo", "Host", Kind::Host),
            ("vinfo", "Datacenter", Kind::Datacenter),
            ("vinfo", "Cluster", Kind::Cluster),
            ("vinfo", "VI SDK Server", Kind::VCenter),
            ("vnetwork", "Switch", Kind::Network),
            ("vinfo", "Network #1", Kind::Network),
            ("vsnapshot", "Name", Kind::Snapshot),
            ("vsnapshot", "Description", Kind::Note),
            ("vinfo", "Primary IP Address", Kind::Ip),
            ("vnetwork", "IPv4 Address", Kind::Ip),
            ("vnetwork", "IPv6 Address", Kind::Ip),
            ("vnetwork", "Mac Address", Kind::Mac),
            ("vinfo", "VM UUID", Kind::Uuid),
            ("vinfo", "SMBIOS UUID", Kind::Uuid),
            ("vinfo", "VI SDK UUID", Kind::Uuid),
            ("vdatastore", "Name", Kind::Datastore),
            ("discovery_report", "IP Addresses", Kind::Ip),
            ("discovery_report", "MAC Addresses", Kind::Mac),
            ("properties", "Tenant ID", Kind::Uuid),
            ("properties", "Resource Group", Kind::App),
            ("", "SwitchName", Kind::Network),
            ("", "ComputerName", Kind::Vm),
        ] {
            assert_eq!(
                by_header(sheet, &normalise(header)),
                Treat::Hide(kind),
                "{sheet} {header}"
            );
        }
        assert_eq!(
            by_header("vinfo", &normalise("Owner (custom)")),
            Treat::Hide(Kind::User)
        );
        assert_eq!(by_header("vinfo", &normalise("Config status")), Treat::Keep);
        assert_eq!(by_header("x", &normalise("Rack position")), Treat::Auto);
    }

    #[test]
    fn judged_fields_are_kept_and_names_hidden() {
        assert_eq!(by_field(Field::Os), Treat::Judged);
        assert_eq!(by_field(Field::Firmware), Treat::Judged);
        assert_eq!(by_field(Field::Cores), Treat::Keep);
        assert_eq!(by_field(Field::Name), Treat::Hide(Kind::Vm));
        assert_eq!(by_field(Field::VmUuid), Treat::Hide(Kind::Uuid));
    }
}
