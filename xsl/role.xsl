<?xml version="1.0" encoding="UTF-8"?>
<!--
  role.xsl: creates or edits a role.
  <content>
    <role id="3" version="2"><code/><name_fr/><name_en/><mfa_required>0|1</mfa_required>
      <kind>account|portal</kind></role>
    <permissions><permission code="…" checked="1" held="1"/>…</permissions>
  </content>
  No id: a new role (its code is asked). Each permission's label is the
  catalog key perm.{code}; one the admin does not hold is shown disabled
  (the program keeps it as it is). A checked box sends perm.{code}=1.
  The permissions listed are those of the role's kind: an account role's,
  or a family portal role's (what a client profile shows); a new role's
  kind is sent as kind.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>

  <xsl:template name="title">
    <xsl:choose>
      <xsl:when test="/page/content/role/@id">role.title.edit</xsl:when>
      <xsl:otherwise>role.title.new</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="content">
    <xsl:variable name="r" select="role"/>
    <p><a href="/roles"><xsl:value-of select="$t[@k='role.back']"/></a></p>
    <form method="post" action="/role" class="form">
      <xsl:call-template name="hidden-csrf"/>
      <xsl:if test="$r/@id">
        <input type="hidden" name="id" value="{$r/@id}"/>
        <input type="hidden" name="version" value="{$r/@version}"/>
      </xsl:if>
      <xsl:if test="not($r/@id)">
        <input type="hidden" name="kind" value="{$r/kind}"/>
      </xsl:if>
      <dl class="summary-list">
        <div class="summary-row">
          <dt><xsl:value-of select="$t[@k='role.kind']"/></dt>
          <dd><xsl:value-of select="$t[@k = concat('role.kind.', $r/kind)]"/></dd>
        </div>
      </dl>
      <p class="field-help"><xsl:value-of select="$t[@k='form.required_note']"/></p>
      <xsl:choose>
        <xsl:when test="$r/@id">
          <dl class="summary-list">
            <div class="summary-row">
              <dt><xsl:value-of select="$t[@k='role.code']"/></dt>
              <dd><code><xsl:value-of select="$r/code"/></code></dd>
            </div>
          </dl>
        </xsl:when>
        <xsl:otherwise>
          <xsl:call-template name="field">
            <xsl:with-param name="name" select="'code'"/>
            <xsl:with-param name="label" select="'role.code'"/>
            <xsl:with-param name="help" select="'role.code.help'"/>
            <xsl:with-param name="required" select="'yes'"/>
            <xsl:with-param name="value" select="$r/code"/>
            <xsl:with-param name="maxlength" select="'64'"/>
            <xsl:with-param name="width" select="'medium'"/>
          </xsl:call-template>
        </xsl:otherwise>
      </xsl:choose>
      <xsl:call-template name="field">
        <xsl:with-param name="name" select="'name_fr'"/>
        <xsl:with-param name="label" select="'role.name_fr'"/>
        <xsl:with-param name="required" select="'yes'"/>
        <xsl:with-param name="value" select="$r/name_fr"/>
        <xsl:with-param name="maxlength" select="'120'"/>
      </xsl:call-template>
      <xsl:call-template name="field">
        <xsl:with-param name="name" select="'name_en'"/>
        <xsl:with-param name="label" select="'role.name_en'"/>
        <xsl:with-param name="required" select="'yes'"/>
        <xsl:with-param name="value" select="$r/name_en"/>
        <xsl:with-param name="maxlength" select="'120'"/>
      </xsl:call-template>
      <div class="field">
        <div class="checkbox">
          <input type="checkbox" id="field-mfa_required" name="mfa_required" value="1">
            <xsl:if test="$r/mfa_required = '1'"><xsl:attribute name="checked">checked</xsl:attribute></xsl:if>
          </input>
          <label for="field-mfa_required"><xsl:value-of select="$t[@k='role.mfa_required']"/></label>
        </div>
      </div>
      <xsl:variable name="perm-error" select="string(/page/errors/error[@field = 'perm'][1]/@key)"/>
      <fieldset class="fieldset" id="field-perm">
        <xsl:if test="$perm-error">
          <xsl:attribute name="aria-describedby">field-perm-error</xsl:attribute>
        </xsl:if>
        <legend><xsl:value-of select="$t[@k='role.permissions']"/></legend>
        <xsl:choose>
          <xsl:when test="$r/kind = 'portal'">
            <p class="field-help"><xsl:value-of select="$t[@k='role.permissions.portal_help']"/></p>
          </xsl:when>
          <xsl:otherwise>
            <p class="field-help"><xsl:value-of select="$t[@k='role.permissions.help']"/></p>
          </xsl:otherwise>
        </xsl:choose>
        <xsl:if test="$perm-error">
          <p class="field-error" id="field-perm-error">
            <span class="visually-hidden"><xsl:value-of select="$t[@k='error.prefix']"/><xsl:text> </xsl:text></span>
            <xsl:value-of select="$t[@k = $perm-error]"/>
          </p>
        </xsl:if>
        <xsl:for-each select="permissions/permission">
          <xsl:variable name="k" select="concat('perm.', @code)"/>
          <div class="checkbox">
            <input type="checkbox" id="perm-{position()}" name="perm.{@code}" value="1">
              <xsl:if test="@checked = '1'"><xsl:attribute name="checked">checked</xsl:attribute></xsl:if>
              <xsl:if test="not(@held = '1')"><xsl:attribute name="disabled">disabled</xsl:attribute></xsl:if>
            </input>
            <label for="perm-{position()}">
              <xsl:choose>
                <xsl:when test="$t[@k = $k]"><xsl:value-of select="$t[@k = $k]"/></xsl:when>
                <xsl:otherwise><xsl:value-of select="@code"/></xsl:otherwise>
              </xsl:choose>
              <xsl:text> </xsl:text>
              <code><xsl:value-of select="@code"/></code>
            </label>
          </div>
        </xsl:for-each>
      </fieldset>
      <button type="submit" class="button"><xsl:value-of select="$t[@k='role.save']"/></button>
    </form>
  </xsl:template>

</xsl:stylesheet>
