<#
.SYNOPSIS
  Sign-in Block Helper: Intune detection script. Checks that the extension is installed in Chrome or
  Edge on this device and that its policy reached the registry key the browser reads.

.DESCRIPTION
  Use as the detection script of a Remediation (Devices > Scripts and remediations) or as the
  custom detection script of a Win32 app. Run it as SYSTEM, 64-bit (Intune: "Run script in 64-bit
  PowerShell" = Yes, "Run this script using the logged-on credentials" = No).

  Exit 0 with one line on STDOUT: installed and configured (Intune: "detected" / "without issues").
  Exit 1 with the reason on STDOUT: something is missing (Intune: "not detected" / "with issues").

  Checked, for the browser chosen:
   1. Force-install: ExtensionSettings names the id with installation_mode force_installed or
      normal_installed, or ExtensionInstallForcelist holds an entry "<id>;<update URL>".
   2. Policy: the key ...\3rdparty\extensions\<id>\policy exists with at least one value or subkey,
      in HKLM (Computer Configuration) or in any loaded user hive (User Configuration). A profile
      that shows "succeeded" in Intune but wrote to another path or id fails here.
   3. Installed: some user profile of the browser has the extension's folder
      (...\User Data\<profile>\Extensions\<id>), which the browser creates when it installs it.
      The browser must have run once for the user since the policy arrived.

.PARAMETER Browser
  Chrome or Edge.

.PARAMETER ExtensionId
  The id your devices install: the store id, or your own. The default is the unpacked build's id.
#>
param(
  [ValidateSet('Chrome', 'Edge')]
  [string] $Browser = 'Edge',
  [ValidatePattern('^[a-p]{32}$')]
  [string] $ExtensionId = 'ocbgeekbphhkimakfdeopelbekegpkad'
)

$ErrorActionPreference = 'Stop'

$vendor = @{ Chrome = 'Google\Chrome'; Edge = 'Microsoft\Edge' }[$Browser]
$userData = @{ Chrome = 'Google\Chrome\User Data'; Edge = 'Microsoft\Edge\User Data' }[$Browser]
$policyRoot = "SOFTWARE\Policies\$vendor"
$extensionPolicy = "$policyRoot\3rdparty\extensions\$ExtensionId\policy"

# Every hive the policy can be in: the machine, and each user hive loaded now (signed-in users).
$hives = @('HKLM:') + @(Get-ChildItem -Path 'Registry::HKEY_USERS' -ErrorAction SilentlyContinue |
    Where-Object { $_.PSChildName -match '^S-1-5-21-[\d-]+$' } |
    ForEach-Object { "Registry::HKEY_USERS\$($_.PSChildName)" })

function Test-ForceInstalled([string] $hive) {
  $root = Join-Path $hive $policyRoot
  $settings = (Get-ItemProperty -Path $root -Name 'ExtensionSettings' -ErrorAction SilentlyContinue).ExtensionSettings
  if ($settings) {
    try {
      $entry = ($settings | ConvertFrom-Json).$ExtensionId
      if ($entry -and $entry.installation_mode -in @('force_installed', 'normal_installed')) { return $true }
    } catch { }
  }
  $list = Get-ItemProperty -Path (Join-Path $root 'ExtensionInstallForcelist') -ErrorAction SilentlyContinue
  if ($list) {
    foreach ($p in $list.PSObject.Properties) {
      if ($p.Name -notlike 'PS*' -and "$($p.Value)".StartsWith("$ExtensionId;")) { return $true }
    }
  }
  return $false
}

function Test-PolicyPresent([string] $hive) {
  $key = Get-Item -Path (Join-Path $hive $extensionPolicy) -ErrorAction SilentlyContinue
  return [bool] ($key -and ($key.ValueCount -gt 0 -or $key.SubKeyCount -gt 0))
}

$forced = @($hives | Where-Object { Test-ForceInstalled $_ })
$policy = @($hives | Where-Object { Test-PolicyPresent $_ })
$installed = @(Get-ChildItem -Path "$env:SystemDrive\Users\*\AppData\Local\$userData\*\Extensions\$ExtensionId" -Directory -ErrorAction SilentlyContinue)

$missing = @()
if ($forced.Count -eq 0) { $missing += "no force-install for $ExtensionId in $policyRoot (ExtensionSettings or ExtensionInstallForcelist)" }
if ($policy.Count -eq 0) { $missing += "no policy values under $extensionPolicy" }
if ($installed.Count -eq 0) { $missing += "not installed in any $Browser profile (no ...\$userData\<profile>\Extensions\$ExtensionId)" }

if ($missing.Count -gt 0) {
  Write-Output "Sign-in Block Helper ($Browser): $($missing -join '; ')"
  exit 1
}
Write-Output "Sign-in Block Helper ($Browser): installed in $($installed.Count) profile(s); policy in $($policy -join ', ')"
exit 0
