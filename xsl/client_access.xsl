<?xml version="1.0" encoding="UTF-8"?>
<!--
  client_access.xsl: "Manage family portal access" for a client or one of
  the client's contacts.
  <content>
    <client id=".." tab="overview|contacts" active="0|1">…</client>
    <person linked="0|1"><client_id/><contact_id/><version/><name/><email/>
      <active/><access/>                       (access: the live access to this profile)
      <login><id/><email/><name/><active/><activated_at/><last_login_at/><invited_at/><never/></login>
      <profiles><profile><id/><version/><client_id/><given_name/><family_name/>
        <file_number/><contact_id/><role_id/><role/><granted_at/></profile>…</profiles>
    </person>
    <grant locked="0|1"><email/></grant>        (no access to this profile yet)
    <edit>ACCESS</edit> | <remove>ACCESS</remove>
    <roles><role><id/><code/><name/></role>…</roles>
  </content>
  Every form POSTs to /client/access with client, contact (for a contact)
  and action: grant (version, email, role), resend, role (access,
  access_version, role) or remove (access, access_version, confirm=1).
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>
  <xsl:include href="client-parts.xsl"/>

  <xsl:template name="title">client_access.title</xsl:template>

  <xsl:variable name="p" select="/page/content/person"/>
  <xsl:variable name="here">
    <xsl:value-of select="concat('/client/access?client=', $p/client_id)"/>
    <xsl:if test="string($p/contact_id)"><xsl:value-of select="concat('&amp;contact=', $p/contact_id)"/></xsl:if>
  </xsl:variable>

  <xsl:template match="content">
    <xsl:choose>
      <xsl:when test="string($p/contact_id)">
        <p><a href="/client/contacts?id={$p/client_id}"><xsl:value-of select="$t[@k='client_contact.back']"/></a></p>
      </xsl:when>
      <xsl:otherwise>
        <p><a href="/client?id={$p/client_id}"><xsl:value-of select="$t[@k='client_access.back']"/></a></p>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:call-template name="client-header"/>
    <p class="lead">
      <xsl:call-template name="msg">
        <xsl:with-param name="key">
          <xsl:choose>
            <xsl:when test="string($p/contact_id)">client_access.for_contact</xsl:when>
            <xsl:otherwise>client_access.for_client</xsl:otherwise>
          </xsl:choose>
        </xsl:with-param>
        <xsl:with-param name="name" select="'name'"/>
        <xsl:with-param name="with" select="string($p/name)"/>
      </xsl:call-template>
    </p>
    <xsl:apply-templates select="grant"/>
    <xsl:apply-templates select="$p/login"/>
    <xsl:apply-templates select="$p/profiles"/>
  </xsl:template>

  <!-- The person has no access to this profile: give it. -->
  <xsl:template match="grant">
    <h2><xsl:value-of select="$t[@k='client_access.grant_title']"/></h2>
    <xsl:choose>
      <xsl:when test="$p/active != '1'">
        <p><xsl:value-of select="$t[@k='client_access.inactive']"/></p>
      </xsl:when>
      <xsl:otherwise>
        <form method="post" action="/client/access" class="form">
          <xsl:call-template name="hidden-csrf"/>
          <xsl:call-template name="hidden-person"/>
          <input type="hidden" name="action" value="grant"/>
          <input type="hidden" name="version" value="{$p/version}"/>
          <p class="form-note"><xsl:value-of select="$t[@k='form.required_note']"/></p>
          <xsl:choose>
            <xsl:when test="@locked = '1'">
              <div class="field">
                <p class="field-label" id="locked-label"><xsl:value-of select="$t[@k='client_access.login_email']"/></p>
                <p class="locked-value" aria-labelledby="locked-label"><strong><xsl:value-of select="email"/></strong></p>
                <p>
                  <xsl:call-template name="msg">
                    <xsl:with-param name="key" select="'client_access.locked_name'"/>
                    <xsl:with-param name="name" select="'name'"/>
                    <xsl:with-param name="with" select="string($p/login/name)"/>
                  </xsl:call-template>
                </p>
                <p class="field-help"><xsl:value-of select="$t[@k='client_access.locked_help']"/></p>
              </div>
            </xsl:when>
            <xsl:otherwise>
              <xsl:call-template name="field">
                <xsl:with-param name="name" select="'email'"/>
                <xsl:with-param name="type" select="'email'"/>
                <xsl:with-param name="label" select="'client_access.email'"/>
                <xsl:with-param name="required" select="'yes'"/>
                <xsl:with-param name="autocomplete" select="'off'"/>
                <xsl:with-param name="value" select="email"/>
                <xsl:with-param name="help" select="'client_access.email_help'"/>
                <xsl:with-param name="maxlength" select="'254'"/>
              </xsl:call-template>
            </xsl:otherwise>
          </xsl:choose>
          <xsl:call-template name="role-select">
            <xsl:with-param name="id" select="'field-role'"/>
            <xsl:with-param name="current" select="string(/page/content/form/role)"/>
            <xsl:with-param name="help" select="'client_access.role_help'"/>
          </xsl:call-template>
          <div class="form-actions">
            <button type="submit" class="button"><xsl:value-of select="$t[@k='client_access.save']"/></button>
          </div>
        </form>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The person's login: its address (changed in the record), its state,
       and the invitation again while it has never signed in. -->
  <xsl:template match="login">
    <xsl:variable name="change">
      <xsl:choose>
        <xsl:when test="string($p/contact_id)">
          <xsl:value-of select="concat('/client/contact?client=', $p/client_id, '&amp;id=', $p/contact_id)"/>
        </xsl:when>
        <xsl:otherwise><xsl:value-of select="concat('/client/demographics?id=', $p/client_id)"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <h2><xsl:value-of select="$t[@k='client_access.login_title']"/></h2>
    <dl class="summary-list">
      <div class="summary-row">
        <dt><xsl:value-of select="$t[@k='client_access.login_email']"/></dt>
        <dd class="cell-wrap">
          <xsl:value-of select="email"/>
          <xsl:if test="$p/@linked = '1'">
            <xsl:text> </xsl:text>
            <a href="{$change}#field-email" class="edit-link">
              <span aria-hidden="true">✎ </span>
              <xsl:value-of select="$t[@k='client_access.change_email']"/>
            </a>
          </xsl:if>
        </dd>
      </div>
      <div class="summary-row">
        <dt><xsl:value-of select="$t[@k='client_access.state']"/></dt>
        <dd id="login-state"><xsl:call-template name="login-state"><xsl:with-param name="login" select="."/></xsl:call-template></dd>
      </div>
    </dl>
    <xsl:if test="never = '1' and string($p/access)">
      <xsl:call-template name="resend-button">
        <xsl:with-param name="client" select="$p/client_id"/>
        <xsl:with-param name="contact" select="string($p/contact_id)"/>
        <xsl:with-param name="from" select="'access'"/>
        <xsl:with-param name="label-id" select="'login-state'"/>
      </xsl:call-template>
      <p class="field-help"><xsl:value-of select="$t[@k='client_access.resend_help']"/></p>
    </xsl:if>
  </xsl:template>

  <!-- Every profile the person's login reaches, each with its role. -->
  <xsl:template match="profiles">
    <xsl:variable name="edit" select="string(/page/content/edit)"/>
    <xsl:variable name="remove" select="string(/page/content/remove)"/>
    <h2 id="profiles-title"><xsl:value-of select="$t[@k='client_access.profiles_title']"/></h2>
    <xsl:choose>
      <xsl:when test="not(profile)">
        <p><xsl:value-of select="$t[@k='client_access.profiles_none']"/></p>
      </xsl:when>
      <xsl:otherwise>
        <xsl:for-each select="profile[id = $remove]">
          <xsl:call-template name="remove-confirm"/>
        </xsl:for-each>
        <section class="table-wrap" aria-labelledby="profiles-caption" tabindex="0">
          <table class="table">
            <caption id="profiles-caption" class="visually-hidden"><xsl:value-of select="$t[@k='client_access.profiles_title']"/></caption>
            <thead>
              <tr>
                <th scope="col"><xsl:value-of select="$t[@k='client_access.col.profile']"/></th>
                <th scope="col"><xsl:value-of select="$t[@k='client_access.col.role']"/></th>
                <th scope="col"><xsl:value-of select="$t[@k='client_access.col.granted']"/></th>
                <th scope="col"><xsl:value-of select="$t[@k='client_access.col.actions']"/></th>
              </tr>
            </thead>
            <tbody>
              <xsl:for-each select="profile">
                <xsl:variable name="who" select="concat('profile-', id)"/>
                <tr>
                  <xsl:if test="client_id = $p/client_id"><xsl:attribute name="class">row-current</xsl:attribute></xsl:if>
                  <th scope="row" id="{$who}">
                    <a href="/client?id={client_id}"><xsl:value-of select="concat(given_name, ' ', family_name)"/></a>
                    <xsl:if test="string(file_number)"><xsl:value-of select="concat(' (', file_number, ')')"/></xsl:if>
                  </th>
                  <td>
                    <xsl:choose>
                      <xsl:when test="id = $edit">
                        <form method="post" action="/client/access" class="inline-form">
                          <xsl:call-template name="hidden-csrf"/>
                          <xsl:call-template name="hidden-person"/>
                          <input type="hidden" name="action" value="role"/>
                          <input type="hidden" name="access" value="{id}"/>
                          <input type="hidden" name="access_version" value="{version}"/>
                          <xsl:call-template name="role-select">
                            <xsl:with-param name="id" select="'field-role'"/>
                            <xsl:with-param name="current" select="string(role_id)"/>
                          </xsl:call-template>
                          <div class="form-actions">
                            <button type="submit" class="button button-small"><xsl:value-of select="$t[@k='client_access.save']"/></button>
                            <xsl:text> </xsl:text>
                            <a href="{$here}"><xsl:value-of select="$t[@k='client_access.cancel']"/></a>
                          </div>
                        </form>
                      </xsl:when>
                      <xsl:otherwise><xsl:value-of select="role"/></xsl:otherwise>
                    </xsl:choose>
                  </td>
                  <td>
                    <xsl:call-template name="datetime"><xsl:with-param name="value" select="granted_at"/></xsl:call-template>
                  </td>
                  <td>
                    <ul class="actions-list">
                      <li><a href="{$here}&amp;edit={id}#field-role" aria-describedby="{$who}"><xsl:value-of select="$t[@k='client_access.edit']"/></a></li>
                      <li><a href="{$here}&amp;remove={id}#remove-title" aria-describedby="{$who}"><xsl:value-of select="$t[@k='client_access.remove']"/></a></li>
                    </ul>
                  </td>
                </tr>
              </xsl:for-each>
            </tbody>
          </table>
        </section>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- "Remove this access?" for the profile in context. -->
  <xsl:template name="remove-confirm">
    <section class="warning-panel" aria-labelledby="remove-title">
      <h3 id="remove-title" tabindex="-1"><xsl:value-of select="$t[@k='client_access.remove_title']"/></h3>
      <p>
        <xsl:call-template name="msg">
          <xsl:with-param name="key" select="'client_access.remove_text'"/>
          <xsl:with-param name="name" select="'profile'"/>
          <xsl:with-param name="with" select="concat(given_name, ' ', family_name)"/>
        </xsl:call-template>
      </p>
      <form method="post" action="/client/access" class="form">
        <xsl:call-template name="hidden-csrf"/>
        <xsl:call-template name="hidden-person"/>
        <input type="hidden" name="action" value="remove"/>
        <input type="hidden" name="access" value="{id}"/>
        <input type="hidden" name="access_version" value="{version}"/>
        <input type="hidden" name="confirm" value="1"/>
        <div class="form-actions">
          <button type="submit" class="button"><xsl:value-of select="$t[@k='client_access.confirm_remove']"/></button>
          <xsl:text> </xsl:text>
          <a href="{$here}"><xsl:value-of select="$t[@k='client_access.cancel']"/></a>
        </div>
      </form>
    </section>
  </xsl:template>

  <xsl:template name="hidden-person">
    <input type="hidden" name="client" value="{$p/client_id}"/>
    <xsl:if test="string($p/contact_id)"><input type="hidden" name="contact" value="{$p/contact_id}"/></xsl:if>
  </xsl:template>

  <!-- The portal roles of the organisation, as a required select. -->
  <xsl:template name="role-select">
    <xsl:param name="id"/>
    <xsl:param name="current"/>
    <xsl:param name="help" select="''"/>
    <xsl:variable name="error" select="string(/page/errors/error[@field = 'role'][1]/@key)"/>
    <div>
      <xsl:attribute name="class">field<xsl:if test="$error"> field-has-error</xsl:if></xsl:attribute>
      <label class="field-label" for="{$id}">
        <xsl:value-of select="$t[@k='client_access.role']"/>
        <span class="required-mark" aria-hidden="true"> *</span>
        <span class="visually-hidden"><xsl:text> </xsl:text><xsl:value-of select="$t[@k='form.required']"/></span>
      </label>
      <xsl:if test="string($help)">
        <p class="field-help" id="{$id}-help"><xsl:value-of select="$t[@k = $help]"/></p>
      </xsl:if>
      <xsl:if test="$error">
        <p class="field-error" id="{$id}-error">
          <span class="visually-hidden"><xsl:value-of select="$t[@k='error.prefix']"/><xsl:text> </xsl:text></span>
          <xsl:value-of select="$t[@k = $error]"/>
        </p>
      </xsl:if>
      <select class="input input-medium" id="{$id}" name="role" aria-required="true">
        <xsl:if test="$error"><xsl:attribute name="aria-invalid">true</xsl:attribute></xsl:if>
        <xsl:if test="string($help) or $error">
          <xsl:attribute name="aria-describedby">
            <xsl:if test="string($help)"><xsl:value-of select="concat($id, '-help')"/></xsl:if>
            <xsl:if test="string($help) and $error"><xsl:text> </xsl:text></xsl:if>
            <xsl:if test="$error"><xsl:value-of select="concat($id, '-error')"/></xsl:if>
          </xsl:attribute>
        </xsl:if>
        <xsl:if test="not(string($current))">
          <option value=""><xsl:value-of select="$t[@k='client.choose']"/></option>
        </xsl:if>
        <xsl:for-each select="/page/content/roles/role">
          <option value="{id}">
            <xsl:if test="string(id) = $current"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>
            <xsl:value-of select="name"/>
          </option>
        </xsl:for-each>
      </select>
    </div>
  </xsl:template>

</xsl:stylesheet>
